package dev.concord.curate;

/**
 * A reviewer's latest review of a flagged item, as the consensus rule sees it.
 *
 * @param best  0-based position of the attempt the reviewer picked as best, or null
 * @param worst 0-based position of the attempt picked as worst, or null
 */
public record ReviewVote(String reviewer, String label, String correction, Integer best, Integer worst,
                         boolean noneAcceptable) {
    public boolean hasCorrection() {
        return correction != null && !correction.isBlank();
    }
}
