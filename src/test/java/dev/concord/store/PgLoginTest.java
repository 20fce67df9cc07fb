package dev.concord.store;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who connects to PostgreSQL, and that the password shows nowhere. */
class PgLoginTest {
    private static final Map<String, String> ENV = Map.of("PGUSER", "env-user", "PGPASSWORD", "env-secret");

    @Test
    void theUrlsLoginWinsOverArgumentsAndEnvironment() {
        PgLogin login = PgLogin.of("jdbc:postgresql://db/concord?user=ann&password=url-secret", "arg-user", "arg-secret", ENV);

        assertThat(login.properties()).as("the driver reads them from the URL").isEmpty();
        assertThat(login.shown()).isEqualTo("jdbc:postgresql://db/concord?user=ann&password=***");
    }

    @Test
    void theLoginNamedInMessagesIsTheOneTheConnectionUses() {
        assertThat(PgLogin.of("jdbc:postgresql://db/c?user=ann%40ops", "arg-user", null, ENV).user()).isEqualTo("ann@ops");
        assertThat(PgLogin.of("jdbc:postgresql://db/c", "arg-user", null, ENV).user()).isEqualTo("arg-user");
        assertThat(PgLogin.of("jdbc:postgresql://db/c", null, null, ENV).user()).isEqualTo("env-user");
        assertThat(PgLogin.of("jdbc:postgresql://db/c", null, null, Map.of()).user()).isNull();
    }

    @Test
    void argumentsComeBeforeThePgEnvironmentWhichComesBeforeThePasswordFile() {
        PgLogin args = PgLogin.of("jdbc:postgresql://db/concord", "arg-user", "arg-secret", ENV);
        PgLogin env = PgLogin.of("jdbc:postgresql://db/concord", null, null, ENV);
        PgLogin none = PgLogin.of("jdbc:postgresql://db/concord?user=ann", null, null, Map.of());

        assertThat(args.properties()).containsEntry("user", "arg-user").containsEntry("password", "arg-secret");
        assertThat(env.properties()).containsEntry("user", "env-user").containsEntry("password", "env-secret");
        assertThat(none.properties()).as("no password: the driver looks in ~/.pgpass").isEmpty();
    }

    @Test
    void errorMessagesLoseThePasswordHoweverItWasGiven() {
        PgLogin url = PgLogin.of("jdbc:postgresql://db/c?password=p%40ss&user=x", null, null, Map.of());
        PgLogin env = PgLogin.of("jdbc:postgresql://db/c", null, null, ENV);

        assertThat(url.scrub("cannot connect to jdbc:postgresql://db/c?password=p%40ss&user=x as x with p@ss"))
                .doesNotContain("p%40ss", "p@ss").contains("password=***");
        assertThat(env.scrub("FATAL: password env-secret rejected")).doesNotContain("env-secret");
    }

    @Test
    void aShortPasswordIsMaskedOnlyInTheUrlAndALongOneOnlyAsAWholeToken() {
        PgLogin one = PgLogin.of("jdbc:postgresql://db/c?user=x&password=e", null, null, Map.of());
        PgLogin given = PgLogin.of("jdbc:postgresql://db/c", "x", "hunter2", Map.of());

        assertThat(one.scrub("FATAL: role \"x\" does not exist: jdbc:postgresql://db/c?user=x&password=e"))
                .isEqualTo("FATAL: role \"x\" does not exist: jdbc:postgresql://db/c?user=x&password=***");
        assertThat(given.scrub("rejected hunter2, kept hunter22 and xhunter2; url ?password=hunter2&user=x"))
                .isEqualTo("rejected ***, kept hunter22 and xhunter2; url ?password=***&user=x");
    }

    @Test
    void anUnreachableServerIsAClearErrorWithoutThePassword() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/concord?user=ann&password=hunter2&connectTimeout=2",
                null, null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot open database jdbc:postgresql://127.0.0.1:1/concord?user=ann&password=***")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void onlyPostgresqlAndSqliteUrlsAreAccepted() {
        assertThatThrownBy(() -> Database.at("jdbc:mysql://db/concord?password=hunter2"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("unsupported database URL jdbc:mysql://db/concord?password=***")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
}
