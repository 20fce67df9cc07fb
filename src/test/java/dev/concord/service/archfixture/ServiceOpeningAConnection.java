package dev.concord.service.archfixture;

import dev.concord.store.Database;

/** Deliberately breaks "JDBC only in store" by asking the store for a connection, for {@code LayerRulesCanFailTest}. */
public final class ServiceOpeningAConnection {
    public void touch(Database db) throws Exception {
        db.connect().close();
    }
}
