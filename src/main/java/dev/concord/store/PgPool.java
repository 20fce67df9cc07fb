package dev.concord.store;

import org.postgresql.ds.PGConnectionPoolDataSource;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.PooledConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reuses PostgreSQL connections: every unit of work still gets its own connection and closes it, but a closed one
 * goes back to the pool (rolled back, auto-commit on, by the driver's pooled connection) instead of costing a new
 * login on the next operation. Connections idle longer than {@link #IDLE_SECONDS} are closed, so a database nobody
 * uses holds no server slots.
 */
final class PgPool {
    private static final int MAX_IDLE = 8;
    private static final long IDLE_SECONDS = 10;
    private static final Set<PgPool> POOLS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final ScheduledExecutorService REAPER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "concord-pg-pool-reaper");
        t.setDaemon(true);
        return t;
    });

    static {
        REAPER.scheduleWithFixedDelay(PgPool::reapAll, IDLE_SECONDS, IDLE_SECONDS, TimeUnit.SECONDS);
    }

    private record Idle(PooledConnection connection, long since) {
    }

    private final PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    private final Deque<Idle> idle = new ArrayDeque<>();
    private final ConnectionEventListener listener = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            giveBack((PooledConnection) event.getSource());
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            discard((PooledConnection) event.getSource());
        }
    };

    PgPool(PgLogin login) {
        source.setURL(login.url());
        String user = login.properties().getProperty("user");
        String password = login.properties().getProperty("password");
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        POOLS.add(this);
    }

    Connection connect() throws SQLException {
        PooledConnection pc;
        synchronized (this) {
            Idle i = idle.pollFirst();
            pc = i == null ? null : i.connection();
        }
        if (pc == null) {
            pc = source.getPooledConnection();
            pc.addConnectionEventListener(listener);
        }
        try {
            return pc.getConnection();
        } catch (SQLException e) {
            discard(pc);
            throw e;
        }
    }

    private void giveBack(PooledConnection pc) {
        synchronized (this) {
            if (idle.size() < MAX_IDLE) {
                idle.addFirst(new Idle(pc, System.nanoTime()));
                return;
            }
        }
        discard(pc);
    }

    private static void discard(PooledConnection pc) {
        try {
            pc.close();
        } catch (SQLException ignored) {
            // already broken or closed
        }
    }

    private void reap() {
        long limit = System.nanoTime() - TimeUnit.SECONDS.toNanos(IDLE_SECONDS);
        synchronized (this) {
            for (Iterator<Idle> it = idle.iterator(); it.hasNext(); ) {
                Idle i = it.next();
                if (i.since() < limit) {
                    it.remove();
                    discard(i.connection());
                }
            }
        }
    }

    private static void reapAll() {
        PgPool[] pools;
        synchronized (POOLS) {
            pools = POOLS.toArray(new PgPool[0]);
        }
        for (PgPool p : pools) {
            p.reap();
        }
    }
}
