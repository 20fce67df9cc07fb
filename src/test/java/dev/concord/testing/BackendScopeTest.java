package dev.concord.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackendScopeTest {
    @Test
    void onSqliteEveryPackageRuns() {
        assertThat(BackendScope.runsOn("sqlite", "dev.concord.ui")).isTrue();
        assertThat(BackendScope.runsOn("sqlite", "dev.concord.store")).isTrue();
    }

    @Test
    void onPostgresqlOnlyStoreServiceAndCliRun() {
        assertThat(BackendScope.runsOn("postgresql", "dev.concord.store")).isTrue();
        assertThat(BackendScope.runsOn("postgresql", "dev.concord.service")).isTrue();
        assertThat(BackendScope.runsOn("postgresql", "dev.concord.cli.team")).isTrue();
        assertThat(BackendScope.runsOn("postgresql", "dev.concord.ui")).isFalse();
        assertThat(BackendScope.runsOn("postgresql", "dev.concord.storeroom")).as("a prefix is no package").isFalse();
    }
}
