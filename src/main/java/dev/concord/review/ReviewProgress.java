package dev.concord.review;

/**
 * A reviewer's progress.
 *
 * @param reviewedToday items this reviewer first reviewed today (local time)
 * @param reviewedTotal items this reviewer has reviewed in all
 * @param itemsLeft     items that still need reviews to reach the overlap (all reviewers together)
 * @param pacePerHour   reviews per hour over the current sitting, or NaN when too few to say
 */
public record ReviewProgress(long reviewedToday, long reviewedTotal, long itemsLeft, double pacePerHour) {
    public boolean hasPace() {
        return !Double.isNaN(pacePerHour);
    }
}
