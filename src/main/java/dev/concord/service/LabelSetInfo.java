package dev.concord.service;

import dev.concord.agreement.LabelScale;

import java.util.List;

/**
 * Which label set an analysis used and where it came from.
 *
 * @param source {@code "settings"} (the project's label set, settings key {@link LabelSetReader#SETTINGS_KEY}),
 *     {@code "request"} (given by the caller, for example {@code --labels}) or {@code "data"} (none declared:
 *     the labels seen, nominal)
 * @param kind level of measurement actually used
 * @param labels the label set actually used, in order
 */
public record LabelSetInfo(String source, LabelScale.Kind kind, List<String> labels) {
    /** Copies the list. */
    public LabelSetInfo {
        labels = List.copyOf(labels);
    }
}
