package dev.concord.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The declared label set of a rating table and its level of measurement.
 *
 * <p>A nominal scale only fixes which labels exist (so that labels nobody used still count as
 * choices, which matters for Gwet's AC1). An ordinal scale also fixes their order, which enables
 * weighted kappa and ordinal alpha. An interval scale gives every label a number, which also
 * enables interval alpha. Labels are compared as exact strings.
 *
 * @param kind level of measurement
 * @param labels the labels, in scale order for ordinal and interval scales
 * @param values for interval scales the numeric value of each label (same order as {@code labels});
 *     empty otherwise
 */
public record LabelScale(Kind kind, List<String> labels, List<Double> values) {

    /** Level of measurement of a label set. */
    public enum Kind {
        /** Unordered categories. */
        NOMINAL,
        /** Ordered categories without meaningful distances. */
        ORDINAL,
        /** Ordered categories with numeric values whose differences are meaningful. */
        INTERVAL
    }

    /**
     * Validates and copies the arguments.
     *
     * @throws IllegalArgumentException if labels are blank or repeated, or values do not match
     */
    public LabelScale {
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
        values = List.copyOf(values);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a label scale needs at least one label");
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("labels must be distinct: " + labels);
        }
        for (String label : labels) {
            if (label.isBlank()) {
                throw new IllegalArgumentException("labels must not be blank");
            }
        }
        if (kind == Kind.INTERVAL) {
            if (values.size() != labels.size()) {
                throw new IllegalArgumentException("an interval scale needs one value per label");
            }
            for (int i = 1; i < values.size(); i++) {
                if (!(values.get(i) > values.get(i - 1))) {
                    throw new IllegalArgumentException(
                            "interval values must be finite and strictly increasing: " + values);
                }
            }
            if (!Double.isFinite(values.get(0)) || !Double.isFinite(values.get(values.size() - 1))) {
                throw new IllegalArgumentException("interval values must be finite: " + values);
            }
        } else if (!values.isEmpty()) {
            throw new IllegalArgumentException("only interval scales carry numeric values");
        }
    }

    /** A nominal label set (order irrelevant). */
    public static LabelScale nominal(List<String> labels) {
        return new LabelScale(Kind.NOMINAL, labels, List.of());
    }

    /** An ordinal scale with labels from lowest to highest. */
    public static LabelScale ordinal(List<String> labels) {
        return new LabelScale(Kind.ORDINAL, labels, List.of());
    }

    /** An interval scale with the given labels and numeric values, lowest first. */
    public static LabelScale interval(List<String> labels, List<Double> values) {
        return new LabelScale(Kind.INTERVAL, labels, values);
    }

    /**
     * An interval scale whose labels are numbers (such as {@code "1"}..{@code "5"}); the labels
     * are sorted by value.
     *
     * @throws IllegalArgumentException if a label is not a number
     */
    public static LabelScale numeric(List<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        for (String label : sorted) {
            parse(label);
        }
        sorted.sort((a, b) -> Double.compare(parse(a), parse(b)));
        List<Double> values = new ArrayList<>();
        for (String label : sorted) {
            values.add(parse(label));
        }
        return interval(sorted, values);
    }

    private static double parse(String label) {
        try {
            return Double.parseDouble(label.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("label is not a number: '" + label + "'", e);
        }
    }

    /** Whether the labels are ordered (ordinal or interval). */
    public boolean isOrdered() {
        return kind != Kind.NOMINAL;
    }

    /** Position of a label in this scale, or -1 when it is not part of it. */
    public int indexOf(String label) {
        return labels.indexOf(label);
    }
}
