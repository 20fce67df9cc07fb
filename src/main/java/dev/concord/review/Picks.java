package dev.concord.review;

/**
 * How a review's or a decision's best / worst picks read to people, on every screen that shows them (the review
 * form, the reviews side by side after reveal, the lead's Disagreements and Agreement drill-down). Picks are stored
 * as 0-based positions; people read attempt numbers from 1.
 */
public final class Picks {
    private Picks() {
    }

    /** "Best: attempt 2 · Worst: attempt 4", "None acceptable · Worst: —", "Best: — · Worst: —". */
    public static String line(Integer best, Integer worst, boolean noneAcceptable) {
        String b = noneAcceptable ? "None acceptable" : best == null ? "Best: —" : "Best: attempt " + (best + 1);
        String w = worst == null ? "Worst: —" : "Worst: attempt " + (worst + 1);
        return b + " · " + w;
    }
}
