package dev.concord.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Holds one idle connection to a SQLite database while the holder works with it. In WAL mode the last
 * connection to close checkpoints the log and deletes it; with per-operation connections that happens after
 * every operation (milliseconds each). While an anchor is open, closing the others costs nothing, and the log
 * is still checkpointed automatically as it grows. While held, closed connections are also kept for the next unit
 * of work ({@link SqliteConnections}), since opening one costs far more than a small query. A no-op for other
 * databases.
 */
public final class WalAnchor implements AutoCloseable {
    private final Connection connection;
    private final Database db;
    private boolean closed;

    private WalAnchor(Database db, Connection connection) {
        this.db = db;
        this.connection = connection;
    }

    public static WalAnchor hold(Database db) {
        if (!db.isSqlite()) {
            return new WalAnchor(db, null);
        }
        try {
            WalAnchor anchor = new WalAnchor(db, db.connect());
            db.hold();
            return anchor;
        } catch (SQLException e) {
            throw new StoreException("cannot open " + db.displayName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null && !closed) {
            closed = true;
            db.letGo();
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close a connection: " + e.getMessage(), e);
            }
        }
    }
}
