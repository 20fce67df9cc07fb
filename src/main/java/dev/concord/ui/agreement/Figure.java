package dev.concord.ui.agreement;

import dev.concord.agreement.InterpretationBand;
import dev.concord.agreement.Interval;

import java.util.Locale;

/**
 * One number of the dashboard with its interval and band, ready to show.
 *
 * @param key what it is, for drill-down and lookups (a JSON key, a label, a reviewer id or a week)
 * @param title what people read
 * @param value the figure; null when undefined
 * @param ci its bootstrap interval; null when none
 * @param banded whether a Landis and Koch band applies (kappa-type figures; not percent agreement)
 * @param note extra context, such as the number of items
 */
public record Figure(String key, String title, Double value, Interval ci, boolean banded, String note) {

    /** The value with three decimals, or {@code "undefined"}. */
    public String valueText() {
        return value == null ? "undefined" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The interval as {@code [low, high]}, or {@code ""}. */
    public String intervalText() {
        return ci == null ? "" : String.format(Locale.ROOT, "[%.3f, %.3f]", ci.low(), ci.high());
    }

    /** The Landis and Koch band, or {@code ""} when none applies or the value is undefined. */
    public String bandText() {
        InterpretationBand band = banded ? InterpretationBand.of(value) : null;
        return band == null ? "" : band.label();
    }

    /** Value, interval, band and note in one line, for tooltips. */
    public String describe() {
        String band = bandText();
        return (title + ": " + valueText() + " " + intervalText() + (band.isEmpty() ? "" : " · " + band)
                + (note == null || note.isEmpty() ? "" : " · " + note)).replace("  ", " ");
    }
}
