package dev.concord.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;

/**
 * The connections of one SQLite database. Opening one costs about a millisecond (the file, the settings, and the
 * schema parsed again at its first statement) against some microseconds for a small query, so while someone holds
 * the database ({@link WalAnchor}: a review session), a closed connection is kept for the next unit of work instead:
 * its statements are closed and its transaction ended first, exactly what closing would do, so the next user
 * starts as on a fresh connection. When the last holder lets go, the kept connections are closed (and SQLite
 * checkpoints and removes the log as before). Without a holder every connection is a fresh one.
 */
final class SqliteConnections {
    /** Kept at most: more than the units of work one holder runs at once. */
    private static final int KEEP = 8;

    private final String url;
    private final Properties properties;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int holders;

    SqliteConnections(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /** A connection: a kept one while the database is held, else a fresh one. The caller closes it. */
    Connection connect() throws SQLException {
        synchronized (this) {
            if (holders == 0) {
                return DriverManager.getConnection(url, properties);
            }
            Connection kept = idle.pollFirst();
            if (kept != null) {
                ((Kept) Proxy.getInvocationHandler(kept)).open = true;
                return kept;
            }
        }
        Connection fresh = DriverManager.getConnection(url, properties);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Kept(fresh));
    }

    /** Someone holds the database: closed connections are kept until {@link #letGo}. */
    synchronized void hold() {
        holders++;
    }

    /** A holder lets go; the last one closes the kept connections. */
    void letGo() {
        List<Connection> closing = new ArrayList<>();
        synchronized (this) {
            holders = Math.max(0, holders - 1);
            if (holders == 0) {
                closing.addAll(idle);
                idle.clear();
            }
        }
        for (Connection c : closing) {
            try {
                ((Kept) Proxy.getInvocationHandler(c)).real.close();
            } catch (SQLException ignored) {
                // nothing is pending on an idle connection
            }
        }
    }

    /** Takes a connection back when its user closes it, if it can be kept; closes it otherwise. */
    private boolean keep(Connection proxy) {
        synchronized (this) {
            if (holders > 0 && idle.size() < KEEP) {
                idle.addFirst(proxy);
                return true;
            }
        }
        return false;
    }

    /** A kept connection: closing it ends what its user left open and hands it back. */
    private final class Kept implements InvocationHandler {
        private final Connection real;
        private final List<Statement> statements = new ArrayList<>();
        private boolean open = true;

        Kept(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                if (open) {
                    open = false;
                    handBack((Connection) proxy);
                }
                return null;
            }
            if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                return !open || real.isClosed();
            }
            try {
                Object result = method.invoke(real, args);
                if (result instanceof Statement s) {
                    statements.add(s);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** Closes its statements and ends its transaction (as closing would), then keeps it or closes it. */
        private void handBack(Connection proxy) throws SQLException {
            try {
                for (Statement s : statements) {
                    s.close();
                }
                statements.clear();
                if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                }
            } catch (SQLException e) {
                real.close();
                return;
            }
            if (!keep(proxy)) {
                real.close();
            }
        }
    }
}
