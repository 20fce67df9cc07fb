package dev.concord.store;

import dev.concord.model.EvaluatorScore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the evaluator scores kept with generations ({@code evaluator_scores}, written by {@link EventWriter}): metadata
 * for the reviewer's screen and the export, never a review or a signal. In name order, then time.
 */
public final class EvaluatorScoreRepository {
    private static final String SELECT = "SELECT generation, name, value, label, source, comment, ts FROM evaluator_scores "
            + "WHERE generation = ? ORDER BY name, ts, score_key";
    private final Database db;

    public EvaluatorScoreRepository(Database db) {
        this.db = db;
    }

    /** The scores of each of the generations (in their order; a generation without scores maps to an empty list). */
    public Map<String, List<EvaluatorScore>> forGenerations(Collection<String> generations) {
        return db.read(c -> {
            Map<String, List<EvaluatorScore>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                for (String g : generations) {
                    out.put(g, read(ps, g));
                }
            }
            return out;
        });
    }

    /** Every score of one generation. */
    public List<EvaluatorScore> of(String generation) {
        return forGenerations(List.of(generation)).get(generation);
    }

    /** A lookup that keeps one connection open until closed: for an export, which asks once per eval row. */
    public Lookup open() {
        try {
            return new Lookup(db.connect());
        } catch (SQLException e) {
            throw new StoreException("cannot read the evaluator scores of " + db.displayName() + ": " + e.getMessage(), e);
        }
    }

    /** Scores by generation on one open connection; not thread-safe. */
    public static final class Lookup implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement ps;

        private Lookup(Connection c) throws SQLException {
            this.c = c;
            this.ps = c.prepareStatement(SELECT);
        }

        /** The scores of a generation, or an empty list. */
        public List<EvaluatorScore> of(String generation) {
            try {
                return read(ps, generation);
            } catch (SQLException e) {
                throw new StoreException("cannot read the evaluator scores of generation: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (c; ps) {
                // closes both
            } catch (SQLException e) {
                throw new StoreException("cannot close the evaluator score lookup: " + e.getMessage(), e);
            }
        }
    }

    private static List<EvaluatorScore> read(PreparedStatement ps, String generation) throws SQLException {
        ps.setString(1, generation);
        List<EvaluatorScore> out = new ArrayList<>(2);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double v = rs.getDouble(3);
                Double value = rs.wasNull() ? null : v;
                String ts = rs.getString(7);
                out.add(new EvaluatorScore(rs.getString(1), rs.getString(2), value, rs.getString(4), rs.getString(5),
                        rs.getString(6), ts == null ? null : Instant.parse(ts)));
            }
        }
        return out;
    }
}
