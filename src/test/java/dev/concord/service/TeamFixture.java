package dev.concord.service;

import dev.concord.review.TeamMember;
import dev.concord.review.TeamRole;
import dev.concord.store.Database;
import dev.concord.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A team database on the embedded PostgreSQL server (whichever backend the run tests): the {@link ReviewFixture}
 * queue, owned by the server's superuser, after {@code team init}. Logins are cluster-wide, so each person's login carries the database's name
 * ({@code ann_t7}); each password is {@code pw-} and the short name.
 */
public final class TeamFixture {
    public final ReviewFixture owner;
    public final TeamService team;
    /** The database's URL without a user. */
    public final String url;
    private final String database;

    public TeamFixture(Path dir, int singles) throws Exception {
        String ownerUrl = TestDatabases.freshPostgres();
        owner = new ReviewFixture(dir, singles, Database.open(ownerUrl, null, null));
        url = ownerUrl.substring(0, ownerUrl.indexOf('?'));
        database = url.substring(url.lastIndexOf('/') + 1);
        team = new TeamService(owner.db, owner.clock);
        team.init();
    }

    /** The login of a person of this team. */
    public String login(String who) {
        return who + "_" + database;
    }

    public static String password(String who) {
        return "pw-" + who;
    }

    public TeamMember add(String who, TeamRole role) {
        return team.add(login(who), role, password(who).toCharArray());
    }

    /** The database as that person's login sees it. */
    public Database as(String who) {
        return Database.open(url, login(who), password(who));
    }

    /** A plain JDBC connection as that person's login, to ask the database itself. */
    public Connection sql(String who) throws SQLException {
        return DriverManager.getConnection(url, login(who), password(who));
    }

    /** {@code --db} for that person: the URL with their login. */
    public String cliUrl(String who) {
        return url + "?user=" + login(who) + "&password=" + password(who);
    }

    /** The prefix of the group roles: the database's name. */
    public String database() {
        return database;
    }
}
