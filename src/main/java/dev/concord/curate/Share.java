package dev.concord.curate;

import java.util.Locale;

/**
 * An exact fraction in (1/2, 1], such as {@code 2/3}: how many of the reviews of an item must carry the same
 * label. Kept as a fraction so "at least two thirds" has no rounding surprise.
 */
public record Share(int numerator, int denominator) {
    public static final Share ALL = new Share(1, 1);
    public static final Share TWO_THIRDS = new Share(2, 3);

    public Share {
        if (numerator < 1 || denominator < 1 || numerator > denominator || 2L * numerator <= denominator) {
            throw new IllegalArgumentException("a share must lie in (1/2, 1], got " + numerator + "/" + denominator);
        }
    }

    /** The smallest count k with k/n at or above this share. */
    public int required(int n) {
        return (int) (((long) n * numerator + denominator - 1) / denominator);
    }

    /**
     * Parses {@code all}, a fraction {@code a/b}, or a decimal such as {@code 0.75} (taken exactly, as 75/100).
     *
     * @throws IllegalArgumentException naming the text when it is none of those or lies outside (1/2, 1]
     */
    public static Share parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.equals("all")) {
                return ALL;
            }
            int slash = t.indexOf('/');
            if (slash > 0) {
                return new Share(Integer.parseInt(t.substring(0, slash).trim()), Integer.parseInt(t.substring(slash + 1).trim()));
            }
            java.math.BigDecimal d = new java.math.BigDecimal(t);
            int scale = Math.max(0, d.scale());
            if (scale > 6) {
                throw new IllegalArgumentException("use a fraction such as 2/3 instead of '" + text + "'");
            }
            int den = (int) Math.pow(10, scale);
            return new Share(d.movePointRight(scale).intValueExact(), den);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a share: use all, a fraction such as 2/3, or a decimal", e);
        }
    }

    @Override
    public String toString() {
        return numerator == denominator ? "all" : numerator + "/" + denominator;
    }
}
