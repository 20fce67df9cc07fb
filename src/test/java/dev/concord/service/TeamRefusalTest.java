package dev.concord.service;

import dev.concord.review.LabelSet;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.ReviewSettings;
import dev.concord.review.TeamRole;
import dev.concord.store.StoreFailure;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a team login's role does not allow is refused in one sentence naming the role, before the database is asked. */
class TeamRefusalTest {
    @TempDir
    Path dir;

    private TeamFixture f;

    @BeforeEach
    void team() throws Exception {
        assumeTrue(TestDatabases.postgres(), "team databases are PostgreSQL");
        f = new TeamFixture(dir, 2);
        f.add("lea", TeamRole.LEAD);
        f.add("ada", TeamRole.ADMIN);
    }

    @Test
    void aRoleBelowTheOneNeededIsRefusedNamingBothAndTheOwnerAndAdminPass() {
        assertThatThrownBy(() -> new TeamService(f.as("lea")).require(TeamRole.ADMIN, "export"))
                .isInstanceOf(ReviewAccessException.class)
                .hasMessage("export needs the admin role; you are connected as lead '" + f.login("lea") + "'");
        assertThatThrownBy(() -> new TeamService(f.as("ada")).requireOwner("team add"))
                .isInstanceOf(ReviewAccessException.class).hasMessageContaining("needs the database's owner")
                .hasMessageEndingWith("you are connected as admin '" + f.login("ada") + "'");
        assertThatCode(() -> new TeamService(f.as("ada")).require(TeamRole.ADMIN, "export")).doesNotThrowAnyException();
        assertThatCode(() -> new TeamService(f.as("lea")).require(TeamRole.LEAD, "decide")).doesNotThrowAnyException();
        assertThatCode(() -> f.team.requireOwner("team add")).doesNotThrowAnyException();
    }

    @Test
    void whatTheDatabaseRefusesAnywayIsClassifiedAsRefusedForTheMessages() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new ProjectSettingsService(f.as("lea"))
                .save(new ReviewSettings(LabelSet.defaults(), 4)));
        assertThat(StoreFailure.of(t)).isEqualTo(StoreFailure.REFUSED);
    }
}
