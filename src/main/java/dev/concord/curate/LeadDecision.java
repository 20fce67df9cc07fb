package dev.concord.curate;

/** A lead's adjudication of an item: it overrides the reviews. Attempt positions are 0-based. */
public record LeadDecision(String lead, String label, String correction, Integer best, Integer worst) {
    public boolean hasCorrection() {
        return correction != null && !correction.isBlank();
    }
}
