package dev.concord.agreement;

/**
 * Landis and Koch's (1977) verbal bands for kappa-type coefficients. They are conventions, not
 * statistical thresholds: show them next to the number (and its interval), never instead of it.
 *
 * <p>Reference: Landis, J.R. and Koch, G.G. (1977). The measurement of observer agreement for
 * categorical data. Biometrics 33(1):159-174.
 */
public enum InterpretationBand {
    /** Below 0: less agreement than chance. */
    POOR("poor"),
    /** 0.00 to 0.20. */
    SLIGHT("slight"),
    /** Above 0.20 to 0.40. */
    FAIR("fair"),
    /** Above 0.40 to 0.60. */
    MODERATE("moderate"),
    /** Above 0.60 to 0.80. */
    SUBSTANTIAL("substantial"),
    /** Above 0.80 to 1.00. */
    ALMOST_PERFECT("almost perfect");

    private final String label;

    InterpretationBand(String label) {
        this.label = label;
    }

    /** The band's name as Landis and Koch wrote it, for example {@code "almost perfect"}. */
    public String label() {
        return label;
    }

    /**
     * The band of a coefficient; upper bounds are inclusive (0.20 is slight, 0.21 fair).
     *
     * @return the band, or null when {@code value} is null or NaN
     */
    public static InterpretationBand of(Double value) {
        if (value == null || value.isNaN()) {
            return null;
        }
        if (value < 0) {
            return POOR;
        }
        if (value <= 0.20) {
            return SLIGHT;
        }
        if (value <= 0.40) {
            return FAIR;
        }
        if (value <= 0.60) {
            return MODERATE;
        }
        if (value <= 0.80) {
            return SUBSTANTIAL;
        }
        return ALMOST_PERFECT;
    }
}
