package dev.concord.store;

import dev.concord.model.SourceRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Of the generations a batch skipped because their id was already stored, finds those whose content differs
 * from the stored version (the first one wins): the same id with another answer is a conflict worth a
 * warning, a repeat of the same line is not. Only skipped rows are looked up, so a first ingest pays nothing.
 */
public final class GenerationConflicts implements AutoCloseable {
    /** A generation id seen again with different content: where the kept version and the skipped one came from. */
    public record Conflict(SourceRef first, SourceRef second) {
    }

    private final PreparedStatement stored;
    private final int limit;
    private final List<String[]> pendingColumns = new ArrayList<>();
    private final List<SourceRef> pendingSources = new ArrayList<>();
    private final List<Conflict> listed = new ArrayList<>();
    private long count;

    GenerationConflicts(Connection c, int limit) throws SQLException {
        this.stored = c.prepareStatement("SELECT g.session, g.ts, g.model, g.prompt_json, g.output, "
                + "g.sources_json, g.regenerates, COALESCE(f.path, g.source_file), g.source_line FROM generations g "
                + "LEFT JOIN source_files f ON f.id = g.source_file_id WHERE g.id = ?");
        this.limit = limit;
    }

    /** Remembers a row just added to the batch: id, then the content columns in the order of the query above. */
    void pending(SourceRef source, String... idAndContent) {
        pendingColumns.add(idAndContent);
        pendingSources.add(source);
    }

    /** Compares every row the executed batch skipped ({@code counts[i] == 0}) with the stored version. */
    void check(int[] counts) throws SQLException {
        for (int i = 0; i < counts.length && i < pendingColumns.size(); i++) {
            if (counts[i] == 0) {
                compare(pendingColumns.get(i), pendingSources.get(i));
            }
        }
        pendingColumns.clear();
        pendingSources.clear();
    }

    private void compare(String[] row, SourceRef second) throws SQLException {
        stored.setString(1, row[0]);
        try (ResultSet rs = stored.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            for (int col = 1; col < row.length; col++) {
                if (!Objects.equals(rs.getString(col), row[col])) {
                    count++;
                    if (listed.size() < limit) {
                        listed.add(new Conflict(new SourceRef(rs.getString(8), rs.getLong(9)), second));
                    }
                    return;
                }
            }
        }
    }

    /** How many conflicts were found. */
    public long count() {
        return count;
    }

    /** The first conflicts found, up to the limit. */
    public List<Conflict> listed() {
        return List.copyOf(listed);
    }

    @Override
    public void close() throws SQLException {
        stored.close();
    }
}
