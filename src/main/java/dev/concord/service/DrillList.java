package dev.concord.service;

import java.util.List;

/**
 * The items behind one figure, disagreements first.
 *
 * @param title what was drilled into, in words
 * @param items the items the viewer may see
 * @param hidden items behind the figure left out because the viewer may not see them (a reviewer sees only the
 *     items they have reviewed)
 */
public record DrillList(String title, List<DrillItem> items, int hidden) {
    /** Copies the list. */
    public DrillList {
        items = List.copyOf(items);
    }

    /** Number of items that count against the figure. */
    public long disagreements() {
        return items.stream().filter(DrillItem::disagreement).count();
    }
}
