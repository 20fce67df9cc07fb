package dev.concord.redact;

/**
 * A text that a regex may read only so many characters of: past the budget, {@link #charAt} throws
 * {@link Exhausted}. Bounds the work of a project's own pattern on one text, whatever the pattern.
 */
final class BudgetedText implements CharSequence {
    /** The budget ran out. Carries no text. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("pattern work budget exhausted", null, false, false);
        }
    }

    private final String text;
    private long left;

    BudgetedText(String text, long budget) {
        this.text = text;
        this.left = budget;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
