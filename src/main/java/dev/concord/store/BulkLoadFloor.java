package dev.concord.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The storage floor of the ingest benchmark: the lines of a log bulk-loaded as TEXT into a one-column table of
 * a fresh SQLite file, opened with the settings Concord uses ({@link Database#sqlitePragmas()}), in one
 * transaction, in batches as the ingest writes, committed and closed (which checkpoints the WAL, as the end of
 * an ingest does). Nothing parsed, redacted, indexed or derived: what storing the file costs at the least.
 */
public final class BulkLoadFloor {
    private static final int BATCH = 2_000;

    private BulkLoadFloor() {
    }

    /** Loads every line of {@code log} into the new database file {@code target}; returns the rows stored. */
    public static long load(Path log, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists; the floor is measured on a fresh file");
        }
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath(), Database.sqlitePragmas());
             BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE lines (line TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO lines (line) VALUES (?)")) {
                int pending = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    insert.setString(1, line);
                    insert.addBatch();
                    rows++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("bulk load into " + target + " failed: " + e.getMessage(), e);
        }
        return rows;
    }
}
