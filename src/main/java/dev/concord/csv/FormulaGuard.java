package dev.concord.csv;

/**
 * Keeps spreadsheets from running cells as formulas (OWASP "CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return is written with a single quote in front, so that Excel,
 * LibreOffice and Google Sheets show it as text, and read back without it.
 *
 * <p>The round trip is exact for every text: a cell is guarded when, after any leading single quotes, it
 * starts with one of those characters, so {@code '=x} is written {@code ''=x} and reads back as {@code '=x}.
 * The one ambiguity is a file Concord did not write: a cell typed as {@code '=x} there is read as {@code =x}.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** The text to write for a cell. */
    public static String neutralise(String cell) {
        return guarded(cell) ? "'" + cell : cell;
    }

    /** The original text of a cell that {@link #neutralise} wrote. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && guarded(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Whether a cell would be shown as a formula (or, with leading quotes, confused with a guarded one). */
    static boolean guarded(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        char c = cell.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
