package dev.concord.service;

/**
 * One item behind a figure of the agreement dashboard.
 *
 * @param item the item id
 * @param headline first line of its prompt ("" when unknown, for example for a ratings file)
 * @param ratings number of latest reviews of the item
 * @param labels the labels given, with counts, such as {@code "good ×2 · off-task ×1"}
 * @param disagreement whether the item counts against the figure drilled into (for a pair: the two differ; for
 *     a reviewer: they differ from the reference; otherwise: not all ratings carry the same label)
 * @param detail what the figure looked at on this item, such as {@code "alice: good / bob: off-task"}
 */
public record DrillItem(String item, String headline, int ratings, String labels, boolean disagreement,
                        String detail) {
}
