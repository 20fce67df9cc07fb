package dev.concord.curate;

/** What the consensus rule made of one reviewed item. */
public sealed interface Verdict {
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
