package dev.concord.curate;

/** The files of an export, each on one side of the eval/train split. */
public enum ExampleFile {
    GOLDEN("eval/golden.jsonl", true),
    REGRESSION("eval/regression.jsonl", true),
    SFT("train/sft.jsonl", false),
    DPO("train/dpo.jsonl", false),
    KTO("train/kto.jsonl", false);

    private final String path;
    private final boolean eval;

    ExampleFile(String path, boolean eval) {
        this.path = path;
        this.eval = eval;
    }

    /** Relative path inside the export folder, with forward slashes. */
    public String path() {
        return path;
    }

    public boolean isEval() {
        return eval;
    }

    /** Short name: golden, regression, sft, dpo, kto. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
