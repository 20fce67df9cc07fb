package dev.concord.export;

import dev.concord.curate.Example;
import dev.concord.curate.ExampleFile;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.Origin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** Counts of one export run: rows per file and origin, exclusions per reason, items, reviewers. */
public final class Tally {
    /** How many exclusions a tally keeps by item; the counts stay exact. */
    public static final int MAX_LISTED = 10_000;

    private final Map<ExampleFile, long[]> rows = new EnumMap<>(ExampleFile.class);
    private final Map<ExclusionReason, Long> excluded = new EnumMap<>(ExclusionReason.class);
    private final List<Exclusion> listed = new ArrayList<>();
    private final SortedSet<String> reviewers = new TreeSet<>();
    private long reviewedItems;
    private long agreedItems;
    private long awaitingLead;
    private long candidates;

    public Tally() {
        for (ExampleFile f : ExampleFile.values()) {
            rows.put(f, new long[Origin.values().length]);
        }
    }

    void written(Example e) {
        rows.get(e.file())[e.origin().ordinal()]++;
        reviewers.addAll(e.provenance().reviewers());
    }

    void excluded(Exclusion x) {
        excluded.merge(x.reason(), 1L, Long::sum);
        if (listed.size() < MAX_LISTED) {
            listed.add(x);
        }
    }

    void reviewedItem(boolean agreed, boolean waiting) {
        reviewedItems++;
        if (agreed) {
            agreedItems++;
        }
        if (waiting) {
            awaitingLead++;
        }
    }

    void candidate() {
        candidates++;
    }

    public long rows(ExampleFile f) {
        long[] r = rows.get(f);
        return r[0] + r[1];
    }

    public long rows(ExampleFile f, Origin o) {
        return rows.get(f)[o.ordinal()];
    }

    public long totalRows() {
        long n = 0;
        for (ExampleFile f : ExampleFile.values()) {
            n += rows(f);
        }
        return n;
    }

    public long totalRows(Origin o) {
        long n = 0;
        for (ExampleFile f : ExampleFile.values()) {
            n += rows(f, o);
        }
        return n;
    }

    /** Exclusions per reason, in reason order, reasons with none left out. */
    public Map<ExclusionReason, Long> excluded() {
        Map<ExclusionReason, Long> m = new LinkedHashMap<>();
        for (ExclusionReason r : ExclusionReason.values()) {
            if (excluded.containsKey(r)) {
                m.put(r, excluded.get(r));
            }
        }
        return m;
    }

    public long excluded(ExclusionReason r) {
        return excluded.getOrDefault(r, 0L);
    }

    /** The first {@link #MAX_LISTED} exclusions, in the order they happened. */
    public List<Exclusion> listedExclusions() {
        return Collections.unmodifiableList(listed);
    }

    /** Reviewers (and leads) behind at least one written row. */
    public SortedSet<String> reviewers() {
        return Collections.unmodifiableSortedSet(reviewers);
    }

    public long reviewedItems() {
        return reviewedItems;
    }

    /** Reviewed items the consensus policy accepts whole ({@code Verdict.accepted()}). */
    public long agreedItems() {
        return agreedItems;
    }

    /** Reviewed items in the leads' queue: disputed and not decided by a lead ({@code LeadsQueue}). */
    public long awaitingLead() {
        return awaitingLead;
    }

    public long candidates() {
        return candidates;
    }
}
