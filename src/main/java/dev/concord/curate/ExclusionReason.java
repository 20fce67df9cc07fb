package dev.concord.curate;

/** Why an item or a row stays out of an export. Codes are stable: the CLI, the manifest and the UI use them. */
public enum ExclusionReason {
    TOO_FEW_REVIEWS("too-few-reviews", "fewer reviews than the policy asks for"),
    LABELS_DISAGREE("labels-disagree", "not enough reviewers gave the same label"),
    NEEDS_EXPERT("needs-expert", "reviewers said it needs an expert and no lead has decided"),
    CORRECTIONS_DISAGREE("corrections-disagree", "corrections differ, so none becomes a training target"),
    PICKS_DISAGREE("picks-disagree", "reviewers did not agree on the best and worst attempt"),
    PROMPT_NOT_USER_LAST("prompt-not-user-last", "the prompt does not end with a user turn or a tool result"),
    SAME_ANSWER("same-answer", "chosen and rejected answers are identical"),
    PROMPT_TOO_LONG("prompt-too-long", "prompt longer than the length filter allows"),
    TOOL_CALL_ANSWER("tool-call-answer", "the answer calls tools: the eval layouts compare answer texts, so it is "
            + "training data only"),
    TOO_SHORT("too-short", "an answer shorter than the length filter allows"),
    TOO_LONG("too-long", "an answer longer than the length filter allows"),
    OTHER_SIDE("other-side", "its source went to the other side of the eval/train split"),
    LEAKAGE("leakage", "its prompt is already in an eval file"),
    DUPLICATE("duplicate-prompt", "another row of this file has the same normalized prompt"),
    LABEL_CAP("label-cap", "the file already holds the per-label cap of this label"),
    PII("pii", "the last PII scan found personal data or a secret");

    private final String code;
    private final String description;

    ExclusionReason(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
