package dev.concord.service.archfixture;

import dev.concord.store.Database;

/**
 * Deliberately breaks "JDBC only in store" without importing java.sql: the lambda's parameter is a Connection. For
 * {@code LayerRulesCanFailTest}.
 */
public final class ServiceRunningSqlWork {
    public String nothing(Database db) {
        return db.inTransaction(c -> null);
    }
}
