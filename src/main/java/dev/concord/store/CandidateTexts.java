package dev.concord.store;

import dev.concord.model.Candidate;
import dev.concord.model.ToolCall;

import java.util.List;

/**
 * A candidate's chosen and rejected columns. A text equal to the output of the candidate's generation is not
 * copied: its column holds {@code ''} and a bit of {@code output_refs} says to read the generation's output
 * (migration V9, decision 0006). Rows written before have no bits set and hold their texts inline.
 */
record CandidateTexts(String chosen, String rejected, int outputRefs) {
    static final int CHOSEN_IS_OUTPUT = 1;
    static final int REJECTED_IS_OUTPUT = 2;

    /** The columns to store for a candidate whose generation's output is {@code output}. */
    static CandidateTexts of(Candidate cand, String output) {
        boolean chosenRef = output != null && output.equals(cand.chosen());
        boolean rejectedRef = output != null && output.equals(cand.rejected());
        return new CandidateTexts(chosenRef ? "" : cand.chosen(), rejectedRef ? "" : cand.rejected(),
                (chosenRef ? CHOSEN_IS_OUTPUT : 0) | (rejectedRef ? REJECTED_IS_OUTPUT : 0));
    }

    /** The chosen text as read back, given the generation's stored output. */
    static String chosen(String column, int outputRefs, String output) {
        return (outputRefs & CHOSEN_IS_OUTPUT) != 0 ? output : column;
    }

    /** The chosen answer's tool calls: the generation's when the chosen text is its output, otherwise none. */
    static List<ToolCall> chosenToolCalls(int outputRefs, List<ToolCall> outputCalls) {
        return (outputRefs & CHOSEN_IS_OUTPUT) != 0 ? outputCalls : List.of();
    }

    /** The rejected text as read back, given the generation's stored output. */
    static String rejected(String column, int outputRefs, String output) {
        return (outputRefs & REJECTED_IS_OUTPUT) != 0 ? output : column;
    }
}
