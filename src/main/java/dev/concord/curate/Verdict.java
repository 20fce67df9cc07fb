package dev.concord.curate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the consensus rule made of one reviewed item, and the one answer to "is this item accepted, and if not,
 * why" that export, the leads' queue, the Export dialog and the CLI all ask ({@link #reasons()}).
 */
public sealed interface Verdict {
    /**
     * Why the item as a whole is not accepted, in {@link ExclusionReason} order; empty when it is. An
     * {@link Excluded} item has its one reason. An {@link Agreed} item is not accepted when its corrections
     * ({@link ExclusionReason#CORRECTIONS_DISAGREE}) or its best/worst picks ({@link ExclusionReason#PICKS_DISAGREE})
     * disagree: export then writes only part of it (a KTO {@code false} row, no DPO pair from the picks) and the
     * leads' queue asks a lead to settle it. {@link CorrectionStatus#NONE_GIVEN} (a bad answer nobody corrected) is
     * accepted: the item is agreed as bad and exports as a KTO {@code false} row; there is nothing to settle.
     */
    default List<ExclusionReason> reasons() {
        if (this instanceof Excluded x) {
            return List.of(x.reason());
        }
        Agreed a = (Agreed) this;
        List<ExclusionReason> out = new ArrayList<>(2);
        if (a.correctionStatus() == CorrectionStatus.NOT_AGREED) {
            out.add(ExclusionReason.CORRECTIONS_DISAGREE);
        }
        if (a.picks() == PickStatus.NOT_AGREED) {
            out.add(ExclusionReason.PICKS_DISAGREE);
        }
        return List.copyOf(out);
    }

    /** Whether the policy accepts the item whole (no item-level reason). */
    default boolean accepted() {
        return reasons().isEmpty();
    }

    /**
     * Whether the item has its minimum reviews and is still not accepted: a lead's business. Undecided, it is in
     * the leads' queue; a lead's {@code needs-expert} decision keeps it disputed (and out of export).
     */
    default boolean disputed() {
        List<ExclusionReason> r = reasons();
        return !r.isEmpty() && !r.contains(ExclusionReason.TOO_FEW_REVIEWS);
    }

    /** The details export reports for one of {@link #reasons()}. */
    default String detail(ExclusionReason reason) {
        if (this instanceof Excluded x) {
            return x.detail();
        }
        return reason == ExclusionReason.CORRECTIONS_DISAGREE
                ? "no regression, SFT or DPO row; the answer is kept as a KTO false example"
                : "no DPO pair from the picks";
    }

    /** How the item's correction fared. */
    enum CorrectionStatus {
        /** The answer is good: no correction needed. */
        NOT_NEEDED,
        /** A correction was agreed (or decided by the lead) and becomes the training target. */
        AGREED,
        /** The answer is bad and nobody gave a correction. */
        NONE_GIVEN,
        /** Corrections were given but do not agree (or only one was given when they must agree). */
        NOT_AGREED
    }

    /** How the best/worst picks of a retry chain fared. */
    enum PickStatus {
        NONE, AGREED, NOT_AGREED
    }

    /**
     * The item counts.
     *
     * @param good        whether the label is the accepted label
     * @param correction  the agreed correction (bad answers only), or null
     * @param best        agreed best attempt (0-based), null unless picks agreed
     * @param worst       agreed worst attempt (0-based), null unless picks agreed
     * @param provenance  reviewers, agreement share, lead, correction similarity
     */
    record Agreed(String label, boolean good, String correction, CorrectionStatus correctionStatus, Integer best,
                  Integer worst, PickStatus picks, Provenance provenance) implements Verdict {
    }

    /** The item stays out. */
    record Excluded(ExclusionReason reason, String detail) implements Verdict {
    }
}
