package dev.concord.service;

import dev.concord.review.ReviewSettings;
import dev.concord.store.AssignmentRepository;
import dev.concord.store.Database;
import dev.concord.store.SettingsRepository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which items await more reviews under dynamic overlap: at or past the overlap, not accepted by the consensus
 * policy ({@link DynamicOverlap#accepts}) and not decided by a lead, below the maximum. The leads' queue marks them.
 */
public final class OverlapStatus {
    /** Ids per query: well below SQLite's limit of bound parameters. */
    private static final int CHUNK = 500;
    private final Database db;
    private final AssignmentRepository assignments;
    private final SettingsRepository settings;

    public OverlapStatus(Database db) {
        this.db = db;
        this.assignments = new AssignmentRepository(db);
        this.settings = new SettingsRepository(db);
    }

    /** The ones among {@code itemIds} (e.g. a page of the leads' queue) that await more reviews. */
    public Set<String> awaitingMoreReviews(Collection<String> itemIds) {
        ReviewSettings s = settings.reviewSettings();
        DynamicOverlap.needs(db, s).refreshIfStale(db);
        List<String> ids = List.copyOf(itemIds);
        Set<String> out = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            out.addAll(assignments.awaitingMore(ids.subList(from, Math.min(ids.size(), from + CHUNK)), s.overlap()));
        }
        return out;
    }
}
