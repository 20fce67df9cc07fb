package dev.concord.model.archfixture;

import dev.concord.store.Database;

/** Deliberately breaks the layers (model uses the store), for {@code LayerRulesCanFailTest}. */
public final class ModelReachingUp {
    public String name(Database db) {
        return db.displayName();
    }
}
