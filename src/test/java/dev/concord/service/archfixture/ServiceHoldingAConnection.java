package dev.concord.service.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Deliberately breaks "JDBC only in store", for {@code LayerRulesCanFailTest}; never part of the build's jar. */
public final class ServiceHoldingAConnection {
    public boolean readOnly(Connection c) throws SQLException {
        return c.isReadOnly();
    }
}
