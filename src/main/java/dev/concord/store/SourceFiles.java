package dev.concord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The log files events came from, each stored once in {@code source_files} (migration V10): event rows refer
 * to a file by id instead of repeating its path. Rows written before keep the path in {@code source_file};
 * readers take {@link #PATH} to get either.
 */
final class SourceFiles implements AutoCloseable {
    /** The source file of the event row aliased {@code s}, joined with {@code source_files f}: old rows or new. */
    static final String PATH = "COALESCE(f.path, s.source_file)";
    /** The join that {@link #PATH} needs. */
    static final String JOIN = " LEFT JOIN source_files f ON f.id = s.source_file_id";

    private final PreparedStatement find;
    private final PreparedStatement insert;
    private final Map<String, Long> ids = new HashMap<>();

    SourceFiles(Connection c) throws SQLException {
        find = c.prepareStatement("SELECT id FROM source_files WHERE path = ?");
        insert = c.prepareStatement("INSERT INTO source_files (id, path) "
                + "SELECT COALESCE(MAX(id), 0) + 1, ? FROM source_files");
    }

    /** The id of a file's path, storing the path the first time it is seen. */
    long id(String path) throws SQLException {
        Long known = ids.get(path);
        if (known != null) {
            return known;
        }
        long id = lookUp(path);
        if (id < 0) {
            insert.setString(1, path);
            insert.executeUpdate();
            id = lookUp(path);
        }
        ids.put(path, id);
        return id;
    }

    private long lookUp(String path) throws SQLException {
        find.setString(1, path);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Override
    public void close() throws SQLException {
        find.close();
        insert.close();
    }
}
