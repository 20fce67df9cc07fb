package dev.concord.store;

import dev.concord.model.Attempt;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.IsoInstant;
import dev.concord.model.QueueEntry;
import dev.concord.model.Rating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The flagged queue over JDBC. */
public final class JdbcQueueRepository implements QueueRepository {
    private static final String COLUMNS = "f.id, f.reasons, f.attempt_count, f.session, f.headline, f.created_at, f.prompt_json";
    private final Database db;

    public JdbcQueueRepository(Database db) {
        this.db = db;
    }

    @Override
    public long count(FlagReason reason) {
        return count(reason, null);
    }

    @Override
    public long count(FlagReason reason, String search) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from(reason, search))) {
                bind(ps, reason, search);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<QueueEntry> page(FlagReason reason, long offset, int limit) {
        return page(reason, null, offset, limit);
    }

    @Override
    public List<QueueEntry> page(FlagReason reason, String search, long offset, int limit) {
        return db.read(c -> {
            List<QueueEntry> out = new ArrayList<>(limit);
            try (PreparedStatement ps = select(c, reason, search, " LIMIT ? OFFSET ?")) {
                int i = bind(ps, reason, search);
                ps.setInt(i, limit);
                ps.setLong(i + 1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<FlaggedItem> find(String id) {
        return db.read(c -> find(c, id));
    }

    /** {@link #find(String)} on the caller's connection (and transaction). */
    static Optional<FlaggedItem> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM flagged_items f WHERE f.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(item(c, rs)) : Optional.empty();
            }
        }
    }

    @Override
    public void forEach(FlagReason reason, Consumer<FlaggedItem> consumer) {
        db.read(c -> {
            try (PreparedStatement ps = select(c, reason, null, "")) {
                bind(ps, reason, null);
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(item(c, rs));
                    }
                }
            }
            return null;
        });
    }

    private static PreparedStatement select(Connection c, FlagReason reason, String search, String tail)
            throws SQLException {
        return c.prepareStatement("SELECT " + COLUMNS + from(reason, search) + " ORDER BY f.created_at, f.id" + tail);
    }

    /** FROM and WHERE for the items with this reason (null: all) that match the search (null or blank: all). */
    private static String from(FlagReason reason, String search) {
        String from = reason == null ? " FROM flagged_items f"
                : " FROM flagged_item_reasons r JOIN flagged_items f ON f.id = r.item_id WHERE r.reason = ?";
        if (!QueueSearch.active(search)) {
            return from;
        }
        return from + (reason == null ? " WHERE " : " AND ") + QueueSearch.CLAUSE;
    }

    /** Binds the reason and the search; returns the next free parameter index. */
    private static int bind(PreparedStatement ps, FlagReason reason, String search) throws SQLException {
        int i = 1;
        if (reason != null) {
            ps.setString(i++, reason.code());
        }
        return QueueSearch.active(search) ? QueueSearch.bind(ps, i, search) : i;
    }

    private static QueueEntry entry(ResultSet rs) throws SQLException {
        return new QueueEntry(rs.getString(1), reasons(rs.getString(2)), rs.getInt(3), rs.getString(4),
                rs.getString(5), IsoInstant.parse(rs.getString(6)));
    }

    private static FlaggedItem item(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        List<Attempt> attempts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.position, a.generation_id, a.ts, a.model, a.output, "
                + "a.rating, a.comment, a.copied, a.edited, g.output_tool_calls FROM attempts a "
                + "LEFT JOIN generations g ON g.id = a.generation_id WHERE a.item_id = ? ORDER BY a.position")) {
            ps.setString(1, id);
            try (ResultSet a = ps.executeQuery()) {
                while (a.next()) {
                    attempts.add(new Attempt(a.getInt(1), a.getString(2), IsoInstant.parse(a.getString(3)), a.getString(4),
                            a.getString(5), Rating.parse(a.getString(6)), a.getString(7), a.getInt(8) != 0,
                            a.getInt(9) != 0, PromptColumn.readCalls(a.getString(10))));
                }
            }
        }
        PromptColumn.Stored prompt = PromptColumn.readWithTools(rs.getString(7), c);
        return new FlaggedItem(id, rs.getString(4), reasons(rs.getString(2)), prompt.messages(),
                attempts, IsoInstant.parse(rs.getString(6)), prompt.tools());
    }

    static Set<FlagReason> reasons(String codes) {
        Set<FlagReason> set = EnumSet.noneOf(FlagReason.class);
        if (codes != null && !codes.isEmpty()) {
            for (String code : codes.split(",")) {
                set.add(FlagReason.parse(code));
            }
        }
        return set;
    }
}
