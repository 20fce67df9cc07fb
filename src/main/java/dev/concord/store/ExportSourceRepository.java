package dev.concord.store;

import dev.concord.review.Adjudication;
import dev.concord.review.Review;
import dev.concord.curate.ReviewedItem;
import dev.concord.model.Attempt;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.FlaggedItem;
import dev.concord.model.IsoInstant;
import dev.concord.model.Rating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Read-only access to what an export needs: reviewed items with their latest reviews and adjudication, and the
 * automatic candidates, both streamed newest first (creation time descending, then id descending, so each is one
 * index scan). Attempt positions in reviews and adjudications are the 0-based {@code attempts.position}.
 */
public final class ExportSourceRepository {
    private static final String REVIEWED = "(EXISTS (SELECT 1 FROM reviews r WHERE r.item_id = f.id AND r.is_latest = 1)"
            + " OR EXISTS (SELECT 1 FROM adjudications d WHERE d.item_id = f.id))";
    private static final String ITEM_ORDER = " ORDER BY f.created_at DESC, f.id DESC";

    private final Database db;

    public ExportSourceRepository(Database db) {
        this.db = db;
    }

    /** Streams flagged items that have a latest review or an adjudication, with all of them, newest first. */
    public void forEachReviewed(Consumer<ReviewedItem> consumer) {
        db.read(c -> {
            forEachReviewed(c, consumer);
            return null;
        });
    }

    /** {@link #forEachReviewed(Consumer)} on the caller's connection (and transaction). */
    static void forEachReviewed(Connection c, Consumer<ReviewedItem> consumer) throws SQLException {
        try (PreparedStatement items = c.prepareStatement("SELECT f.id, f.session, f.reasons, f.prompt_json, "
                + "f.created_at, a.position, a.generation_id, a.ts, a.model, a.output, a.rating, a.comment, a.copied, "
                + "a.edited, g.output_tool_calls FROM flagged_items f LEFT JOIN attempts a ON a.item_id = f.id "
                + "LEFT JOIN generations g ON g.id = a.generation_id WHERE " + REVIEWED
                + ITEM_ORDER + ", a.position");
             PreparedStatement reviews = c.prepareStatement("SELECT " + ReviewColumns.REVIEW + ReviewColumns.REVIEW_FROM
                     + " JOIN flagged_items f ON f.id = r.item_id WHERE r.is_latest = 1" + ITEM_ORDER
                     + ", r.reviewer_id");
             PreparedStatement decisions = c.prepareStatement("SELECT " + ReviewColumns.ADJUDICATION
                     + ReviewColumns.ADJUDICATION_FROM + " JOIN flagged_items f ON f.id = d.item_id" + ITEM_ORDER)) {
            items.setFetchSize(1000);
            reviews.setFetchSize(1000);
            try (ResultSet i = items.executeQuery(); ResultSet r = reviews.executeQuery();
                 ResultSet d = decisions.executeQuery()) {
                new ReviewedItemCursor(c, i, r, d).forEach(consumer);
            }
        }
    }

    /** Streams every candidate with its generation's prompt, newest first. */
    public void forEachCandidate(Consumer<Candidate> consumer) {
        forEachCandidate("", consumer);
    }

    /** Streams the eval kinds (golden-eval, regression-eval) or all other kinds, newest first. */
    public void forEachCandidate(boolean evalKinds, Consumer<Candidate> consumer) {
        forEachCandidate(" WHERE c.kind " + (evalKinds ? "IN" : "NOT IN") + " ('"
                + CandidateKind.GOLDEN_EVAL.code() + "', '" + CandidateKind.REGRESSION_EVAL.code() + "')", consumer);
    }

    private void forEachCandidate(String where, Consumer<Candidate> consumer) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.kind, c.generation_id, c.session, "
                    + "g.prompt_json, c.chosen, c.rejected, c.reason, c.ts, c.output_refs, "
                    + "CASE WHEN c.output_refs <> 0 THEN g.output END, g.output_tool_calls FROM candidates c "
                    + "JOIN generations g ON g.id = c.generation_id" + where + " ORDER BY c.ts DESC, c.id DESC")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int refs = rs.getInt(10);
                        String output = rs.getString(11);
                        PromptColumn.Stored prompt = PromptColumn.readWithTools(rs.getString(5), c);
                        consumer.accept(new Candidate(rs.getString(1), CandidateKind.fromCode(rs.getString(2)),
                                rs.getString(3), rs.getString(4), prompt.messages(),
                                CandidateTexts.chosen(rs.getString(6), refs, output),
                                CandidateTexts.rejected(rs.getString(7), refs, output), rs.getString(8),
                                IsoInstant.parse(rs.getString(9)), prompt.tools(),
                                CandidateTexts.chosenToolCalls(refs, PromptColumn.readCalls(rs.getString(12)))));
                    }
                }
            }
            return null;
        });
    }

    /** Flagged items with a latest review or an adjudication. */
    public long countReviewed() {
        return count("SELECT COUNT(*) FROM flagged_items f WHERE " + REVIEWED);
    }

    /** Flagged items nobody has reviewed or adjudicated yet. */
    public long countUnreviewed() {
        return count("SELECT COUNT(*) FROM flagged_items f WHERE NOT " + REVIEWED);
    }

    public long countCandidates() {
        return count("SELECT COUNT(*) FROM candidates");
    }

    /** The newest creation time among reviewed items (and candidates, when included), or null if there is none. */
    public Instant newest(boolean includeAutomatic) {
        String a = db.read(c -> single(c, "SELECT MAX(f.created_at) FROM flagged_items f WHERE " + REVIEWED));
        String b = includeAutomatic ? db.read(c -> single(c, "SELECT MAX(ts) FROM candidates")) : null;
        Instant ia = a == null ? null : IsoInstant.parse(a);
        Instant ib = b == null ? null : IsoInstant.parse(b);
        if (ia == null || ib != null && ib.isAfter(ia)) {
            return ib;
        }
        return ia;
    }

    /** Whether any reviewer has reviewed anything. */
    public boolean anyLatestReview() {
        return count("SELECT COUNT(*) FROM (SELECT 1 FROM reviews WHERE is_latest = 1 LIMIT 1) x") > 0;
    }

    /** Reviewer id to name, in id order. */
    public Map<String, String> reviewerNames() {
        return db.read(c -> {
            Map<String, String> m = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM reviewers ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
            return m;
        });
    }

    private long count(String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Merges the three ordered result sets into one item at a time. */
    private static final class ReviewedItemCursor {
        private final Connection c;
        private final ResultSet items;
        private final ResultSet reviews;
        private final ResultSet decisions;
        private boolean itemsLeft;
        private boolean reviewsLeft;
        private boolean decisionsLeft;

        ReviewedItemCursor(Connection c, ResultSet items, ResultSet reviews, ResultSet decisions) throws SQLException {
            this.c = c;
            this.items = items;
            this.reviews = reviews;
            this.decisions = decisions;
            itemsLeft = items.next();
            reviewsLeft = reviews.next();
            decisionsLeft = decisions.next();
        }

        void forEach(Consumer<ReviewedItem> consumer) throws SQLException {
            while (itemsLeft) {
                String id = items.getString(1);
                String session = items.getString(2);
                String reasons = items.getString(3);
                String prompt = items.getString(4);
                Instant created = IsoInstant.parse(items.getString(5));
                List<Attempt> attempts = new ArrayList<>();
                while (itemsLeft && id.equals(items.getString(1))) {
                    if (items.getString(7) != null) {
                        attempts.add(new Attempt(items.getInt(6), items.getString(7), IsoInstant.parse(items.getString(8)),
                                items.getString(9), items.getString(10), Rating.parse(items.getString(11)),
                                items.getString(12), items.getInt(13) != 0, items.getInt(14) != 0,
                                PromptColumn.readCalls(items.getString(15))));
                    }
                    itemsLeft = items.next();
                }
                List<Review> votes = new ArrayList<>();
                while (reviewsLeft && id.equals(reviews.getString(1))) {
                    votes.add(ReviewColumns.review(reviews));
                    reviewsLeft = reviews.next();
                }
                Adjudication decision = null;
                if (decisionsLeft && id.equals(decisions.getString(1))) {
                    decision = ReviewColumns.adjudication(decisions);
                    decisionsLeft = decisions.next();
                }
                PromptColumn.Stored stored = PromptColumn.readWithTools(prompt, c);
                FlaggedItem item = new FlaggedItem(id, session, JdbcQueueRepository.reasons(reasons), stored.messages(),
                        attempts, created, stored.tools());
                consumer.accept(new ReviewedItem(item, votes, decision));
            }
        }
    }
}
