package dev.concord.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The store inside one transaction, as a service sees it: what it hands out (an ingest run, writers) is bound to
 * that transaction, so it all commits or rolls back together, and the caller never holds a connection. Obtained
 * from {@link Database#inUnitOfWork} or {@link Database#inBulkUnitOfWork}; valid only while that work runs.
 */
public final class UnitOfWork {
    private final Connection c;

    UnitOfWork(Connection c) {
        this.c = c;
    }

    /** Work done in one unit of work: committed if it returns, rolled back if it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(UnitOfWork store) throws Exception;
    }

    /** Records a new ingest run of these files (one name a line) in the ledger and returns it. */
    public IngestRun beginIngest(String files) throws SQLException {
        return new IngestRun(c, files);
    }

    /** Erasing sessions (the right to be forgotten) inside this unit of work. */
    public Erasure erasure() {
        return new Erasure(c);
    }

    /** A writer of reviews that keeps each reviewed item's wanted reviews with {@code needs}; the caller closes it. */
    public ReviewWriter reviewWriter(ItemNeeds needs) throws SQLException {
        return new ReviewWriter(c, needs);
    }

    /** The export policy saved with the last export (its JSON text), if any. */
    public java.util.Optional<String> exportPolicy() throws SQLException {
        return SettingsRepository.get(c, ExportPolicyStore.KEY);
    }

    /**
     * Saves the export policy (its JSON text); when {@code needsChanged}, also marks every reviewed item's wanted
     * reviews for recomputing ({@link ItemNeeds#STALE}), in this same transaction.
     */
    public void saveExportPolicy(String json, boolean needsChanged) throws SQLException {
        SettingsRepository.put(c, ExportPolicyStore.KEY, json);
        if (needsChanged) {
            SettingsRepository.put(c, ItemNeeds.STALE, "1");
        }
    }

    /** A writer of flagged items and candidates derived by {@code run}; the caller closes it. */
    public DerivedWriter derivedWriter(long run) throws SQLException {
        return new DerivedWriter(c, run);
    }
}
