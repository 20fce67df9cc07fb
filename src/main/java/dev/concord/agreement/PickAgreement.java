package dev.concord.agreement;

import java.util.List;
import java.util.Objects;

/**
 * Agreement on retry chains: which attempt reviewers picked as best and as worst. The attempt
 * index is treated as a nominal label ({@code "attempt 2"}), and "no attempt acceptable" (or "none
 * worse than the others") is its own label, {@link #NONE}. The chance model therefore pools the
 * attempt positions over all chains; see {@code docs/agreement.md}.
 */
public final class PickAgreement {

    /** Label of a pick of no attempt. */
    public static final String NONE = "none";

    private PickAgreement() {
    }

    /**
     * One reviewer's picks on one chain.
     *
     * @param chain chain id (the item)
     * @param reviewer reviewer id
     * @param best index of the best attempt, or null when none is acceptable
     * @param worst index of the worst attempt, or null when none is singled out
     */
    public record Pick(String chain, String reviewer, Integer best, Integer worst) {
        /** Checks the ids. */
        public Pick {
            Objects.requireNonNull(chain, "chain");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }

    /**
     * Agreement on the best and on the worst attempt.
     *
     * @param best report over the best-attempt picks
     * @param worst report over the worst-attempt picks
     */
    public record Result(AgreementReport best, AgreementReport worst) {
    }

    /**
     * Computes both reports.
     *
     * @throws IllegalArgumentException if a reviewer has two picks for the same chain
     */
    public static Result compute(List<Pick> picks, AgreementOptions options) {
        RatingTable.Builder best = RatingTable.builder();
        RatingTable.Builder worst = RatingTable.builder();
        for (Pick pick : picks) {
            best.add(pick.chain(), pick.reviewer(), label(pick.best()));
            worst.add(pick.chain(), pick.reviewer(), label(pick.worst()));
        }
        AgreementCalculator calculator = new AgreementCalculator();
        return new Result(calculator.compute(best.build(), options),
                calculator.compute(worst.build(), options));
    }

    /** The label of an attempt index, or {@link #NONE} for null. */
    public static String label(Integer attempt) {
        return attempt == null ? NONE : "attempt " + attempt;
    }
}
