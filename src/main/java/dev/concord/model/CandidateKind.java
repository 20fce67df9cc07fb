package dev.concord.model;

/** What an automatically curated example is good for. */
public enum CandidateKind {
    GOLDEN_EVAL("golden-eval"),
    REGRESSION_EVAL("regression-eval"),
    SFT("sft"),
    SFT_CORRECTED("sft-corrected"),
    DPO_CORRECTION("dpo-correction"),
    DPO_EDIT("dpo-edit"),
    DPO_RETRY("dpo-retry");

    private final String code;

    CandidateKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CandidateKind fromCode(String code) {
        for (CandidateKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown candidate kind '" + code + "'");
    }
}
