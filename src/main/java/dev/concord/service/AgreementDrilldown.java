package dev.concord.service;

import dev.concord.agreement.RatingTable;
import dev.concord.store.RatedItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Answers "which items are behind this figure?" for the agreement dashboard: the items two reviewers both
 * rated, the items a label was used on, a reviewer's items, a week's items, the items with corrections. Each
 * list puts the items that count against the figure first and keeps queue order otherwise, and holds only the
 * items the viewer may see (the rest are counted as hidden).
 */
public final class AgreementDrilldown {
    private final RatingTable table;
    private final Map<String, RatedItem> items;
    private final Map<String, String> weekOfItem;
    private final Map<String, String> reference;
    private final Map<String, String> names;
    private final CorrectionAgreement corrections;
    private final Predicate<String> visible;
    private final Map<String, Integer> reviewerIndex = new HashMap<>();

    AgreementDrilldown(RatingTable table, Map<String, RatedItem> items, Map<String, String> weekOfItem,
                       Map<String, String> reference, Map<String, String> names, CorrectionAgreement corrections,
                       Predicate<String> visible) {
        this.visible = visible;
        this.table = table;
        this.items = items;
        this.weekOfItem = weekOfItem;
        this.reference = reference;
        this.names = names;
        this.corrections = corrections;
        for (int r = 0; r < table.reviewerCount(); r++) {
            reviewerIndex.put(table.reviewers().get(r), r);
        }
    }

    /** Every rated item. */
    public DrillList all() {
        return collect("All rated items", (i, labels) -> labels.isEmpty() ? null
                : new Row(!unanimous(i), labels));
    }

    /** The items both reviewers rated; disagreeing ones first. */
    public DrillList pair(String a, String b) {
        int ra = indexOf(a);
        int rb = indexOf(b);
        return collect("Rated by both " + name(a) + " and " + name(b), (i, labels) -> {
            int la = table.label(i, ra);
            int lb = table.label(i, rb);
            if (la == RatingTable.MISSING || lb == RatingTable.MISSING) {
                return null;
            }
            return new Row(la != lb, name(a) + ": " + label(la) + " / " + name(b) + ": " + label(lb));
        });
    }

    /** The items on which anybody used the label; items where not everybody did come first. */
    public DrillList label(String label) {
        int code = table.labels().indexOf(label);
        if (code < 0) {
            throw new IllegalArgumentException("unknown label: " + label);
        }
        return collect("Labelled '" + label + "' by at least one reviewer", (i, labels) -> {
            int[] counts = counts(i);
            return counts[code] == 0 ? null : new Row(counts[code] < ratings(i),
                    "'" + label + "' " + counts[code] + " of " + ratings(i));
        });
    }

    /** The reviewer's items; those where they differ from the reference (adjudicated, else majority) first. */
    public DrillList reviewer(String reviewer) {
        int r = indexOf(reviewer);
        return collect("Reviewed by " + name(reviewer), (i, labels) -> {
            int own = table.label(i, r);
            if (own == RatingTable.MISSING) {
                return null;
            }
            String item = table.items().get(i);
            String adjudicated = reference.get(item);
            String ref = adjudicated != null ? adjudicated : majorityOfOthers(i, r);
            String kind = adjudicated != null ? "adjudicated" : "majority of others";
            String detail = name(reviewer) + ": " + label(own) + (ref == null ? " · no reference"
                    : " · " + kind + ": " + ref);
            return new Row(ref != null && !ref.equals(label(own)), detail);
        });
    }

    /** The items whose most recent latest review fell in the ISO week. */
    public DrillList week(String week) {
        return collect("Last reviewed in week " + week, (i, labels) ->
                week.equals(weekOfItem.get(table.items().get(i))) && ratings(i) > 0
                        ? new Row(!unanimous(i), labels) : null);
    }

    /** The items with two or more corrections; those whose corrections do not agree first. */
    public DrillList corrections() {
        Map<String, CorrectionAgreement.Item> byItem = new HashMap<>();
        if (corrections != null) {
            corrections.perItem().forEach(c -> byItem.put(c.item(), c));
        }
        long shown = byItem.values().stream().filter(c -> c.corrections() >= 2).count();
        int notShown = corrections == null ? 0 : (int) (corrections.comparableItems() - shown);
        return collect("Items with two or more corrections", notShown, (i, labels) -> {
            CorrectionAgreement.Item c = byItem.get(table.items().get(i));
            return c == null || c.corrections() < 2 ? null : new Row(!c.agreed(), String.format(
                    java.util.Locale.ROOT, "%d corrections, similarity min %.2f mean %.2f · consensus: %s",
                    c.corrections(), c.minSimilarity(), c.meanSimilarity(), name(c.consensusReviewer())));
        });
    }

    private record Row(boolean disagreement, String detail) {
    }

    private DrillList collect(String title, BiFunction<Integer, String, Row> rule) {
        return collect(title, 0, rule);
    }

    /** @param hiddenElsewhere items behind the figure already left out before the rule sees them */
    private DrillList collect(String title, int hiddenElsewhere, BiFunction<Integer, String, Row> rule) {
        List<DrillItem> out = new ArrayList<>();
        int hidden = hiddenElsewhere;
        for (int i = 0; i < table.itemCount(); i++) {
            String id = table.items().get(i);
            if (!visible.test(id)) {
                hidden += ratings(i) > 0 && rule.apply(i, labelSummary(i)) != null ? 1 : 0;
                continue;
            }
            String labels = labelSummary(i);
            Row row = rule.apply(i, labels);
            if (row != null) {
                RatedItem item = items.get(id);
                out.add(new DrillItem(id, item == null ? "" : item.headline(), ratings(i), labels,
                        row.disagreement(), row.detail()));
            }
        }
        out.sort(Comparator.comparing(d -> !d.disagreement()));
        long against = out.stream().filter(DrillItem::disagreement).count();
        return new DrillList(title + " (" + out.size() + " items, " + against + " against"
                + (hidden == 0 ? "" : "; " + hidden + " hidden") + ")", out, hidden);
    }

    private int indexOf(String id) {
        Integer r = reviewerIndex.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown reviewer: " + id);
        }
        return r;
    }

    private String name(String reviewer) {
        return names.getOrDefault(reviewer, reviewer);
    }

    private String label(int code) {
        return table.labels().get(code);
    }

    private int[] counts(int item) {
        int[] counts = new int[table.labelCount()];
        for (int r = 0; r < table.reviewerCount(); r++) {
            int code = table.label(item, r);
            if (code != RatingTable.MISSING) {
                counts[code]++;
            }
        }
        return counts;
    }

    private int ratings(int item) {
        int n = 0;
        for (int c : counts(item)) {
            n += c;
        }
        return n;
    }

    private boolean unanimous(int item) {
        int used = 0;
        for (int c : counts(item)) {
            used += c > 0 ? 1 : 0;
        }
        return used <= 1;
    }

    private String labelSummary(int item) {
        int[] counts = counts(item);
        StringJoiner j = new StringJoiner(" · ");
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                j.add(label(c) + " ×" + counts[c]);
            }
        }
        return j.toString();
    }

    /** Strict plurality among the other reviewers' labels, when at least two others rated the item. */
    private String majorityOfOthers(int item, int reviewer) {
        int[] counts = counts(item);
        counts[table.label(item, reviewer)]--;
        int others = 0;
        int best = -1;
        boolean tie = false;
        for (int c = 0; c < counts.length; c++) {
            others += counts[c];
            if (best < 0 || counts[c] > counts[best]) {
                best = c;
                tie = false;
            } else if (counts[c] == counts[best]) {
                tie = true;
            }
        }
        return others < 2 || tie || counts[best] == 0 ? null : label(best);
    }
}
