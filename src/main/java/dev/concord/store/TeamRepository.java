package dev.concord.store;

import dev.concord.review.Reviewer;
import dev.concord.review.TeamMember;
import dev.concord.review.TeamRole;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The people of a team database (PostgreSQL): three group roles per database (named {@code <database>_reviewer},
 * {@code _lead}, {@code _admin}, so several Concord databases share a server), one login per person, linked to
 * their reviewer record ({@code reviewers.login}). The grants and row-level security are in
 * {@code db/team/roles.sql}; {@link #init} and the member changes are run by the database owner.
 */
public final class TeamRepository {
    /** The settings row that marks a team database; its value is the prefix of the group roles' names. */
    public static final String ROLES = "team.roles";
    private static final String CREATED = "created by concord team add";
    private final Database db;

    public TeamRepository(Database db) {
        this.db = db;
    }

    /** Whether the database is a team database ({@code team init} ran on it). */
    public boolean isTeam() {
        return !db.isSqlite() && prefix().isPresent();
    }

    private Optional<String> prefix() {
        return new SettingsRepository(db).get(ROLES);
    }

    /**
     * Creates (or brings up to date) the group roles, grants, functions and policies, and marks the database a team
     * database. Returns the prefix of the roles' names.
     */
    public String init() {
        if (db.isSqlite()) {
            throw new StoreException("a team database is a PostgreSQL database: " + db.displayName()
                    + " is a SQLite file, and whoever holds the file is its admin");
        }
        return db.inTransaction(c -> {
            String database = scalar(c, "SELECT current_database()");
            String schema = scalar(c, "SELECT current_schema()");
            String prefix = prefix().orElse(rolePrefix(database));
            String script = script().replace("${reviewer}", prefix + "_reviewer").replace("${lead}", prefix + "_lead")
                    .replace("${admin}", prefix + "_admin").replace("${database}", database)
                    .replace("${schema}", schema);
            try (Statement s = c.createStatement()) {
                s.execute(script);
            }
            SettingsRepository.put(c, ROLES, prefix);
            return prefix;
        });
    }

    /** The prefix of a database's group roles: its name, lower case, other characters than a-z, 0-9 as _. */
    static String rolePrefix(String database) {
        String p = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        return p.length() > 50 ? p.substring(0, 50) : p;
    }

    private static String script() {
        try (InputStream in = TeamRepository.class.getResourceAsStream("/db/team/roles.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new StoreException("cannot read db/team/roles.sql from the application: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a person: a login named as the reviewer (created with the password if the server has none by that name,
     * else left as it is), member of exactly one of this database's group roles, and their reviewer record.
     *
     * @param password the new login's password, or null for an existing login; hashed before it leaves (SCRAM)
     */
    public TeamMember add(String name, TeamRole role, char[] password, Instant now) {
        String prefix = requirePrefix();
        return db.inTransaction(c -> {
            if (!loginExists(c, name)) {
                if (password == null || password.length == 0) {
                    throw new StoreException("team add " + name + ": a new login needs a password");
                }
                execute(c, "CREATE ROLE " + quote(name) + " LOGIN");
                execute(c, "COMMENT ON ROLE " + quote(name) + " IS '" + CREATED + "'");
                c.unwrap(PGConnection.class).alterUserPassword(name, password, null);
            }
            for (TeamRole r : TeamRole.values()) {
                execute(c, "REVOKE " + quote(group(prefix, r)) + " FROM " + quote(name));
            }
            execute(c, "GRANT " + quote(group(prefix, role)) + " TO " + quote(name));
            Reviewer reviewer = ReviewerRepository.findOrCreate(c, name, role.leads(), now);
            try (PreparedStatement ps = c.prepareStatement("UPDATE reviewers SET login = ?, is_lead = ? WHERE id = ?")) {
                ps.setString(1, name);
                ps.setInt(2, role.leads() ? 1 : 0);
                ps.setString(3, reviewer.id());
                ps.executeUpdate();
            }
            return new TeamMember(ReviewerRepository.find(c, "id", reviewer.id()).orElseThrow(), role);
        });
    }

    /** Whether the server has a role (login) by this name. */
    public boolean loginExists(String name) {
        return db.read(c -> loginExists(c, name));
    }

    /** Everyone with a login on this database, by name. */
    public List<TeamMember> list() {
        String prefix = requirePrefix();
        return db.read(c -> {
            List<TeamMember> out = new ArrayList<>();
            for (Reviewer r : new ReviewerRepository(db).list()) {
                String login = login(c, r.id());
                if (login != null && loginExists(c, login)) {
                    roleOf(c, prefix, login).ifPresent(role -> out.add(new TeamMember(r, role)));
                }
            }
            return out;
        });
    }

    /**
     * Removes a person from this database: their login leaves its group roles and is dropped if {@code team add}
     * created it and it belongs to no other role; the reviewer record and its reviews stay.
     *
     * @return whether the login was dropped from the server
     */
    public boolean remove(String name) {
        String prefix = requirePrefix();
        return db.inTransaction(c -> {
            Reviewer r = ReviewerRepository.find(c, "login", name).orElseThrow(() ->
                    new StoreException("team remove: nobody logs in as '" + name + "' on " + db.displayName()));
            for (TeamRole role : TeamRole.values()) {
                execute(c, "REVOKE " + quote(group(prefix, role)) + " FROM " + quote(name));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE reviewers SET login = NULL, is_lead = 0 WHERE id = ?")) {
                ps.setString(1, r.id());
                ps.executeUpdate();
            }
            boolean ours = CREATED.equals(scalar(c, "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles"
                    + " WHERE rolname = ?", name));
            boolean member = scalar(c, "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
                    + " WHERE r.rolname = ?", name) != null;
            if (ours && !member) {
                execute(c, "DROP ROLE " + quote(name));
                return true;
            }
            return false;
        });
    }

    /** The connected login as a team member, if it has a reviewer record and a role on this database. */
    public Optional<TeamMember> me() {
        Optional<String> prefix = prefix();
        if (prefix.isEmpty() || db.isSqlite()) {
            return Optional.empty();
        }
        return db.read(c -> {
            String login = scalar(c, "SELECT session_user::text");
            Optional<Reviewer> r = ReviewerRepository.find(c, "login", login);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            return roleOf(c, prefix.get(), login).map(role -> new TeamMember(
                    new Reviewer(r.get().id(), r.get().name(), role.leads(), r.get().createdAt()), role));
        });
    }

    /** The connected login's name. */
    public String login() {
        return db.read(c -> scalar(c, "SELECT session_user::text"));
    }

    private String requirePrefix() {
        return prefix().filter(p -> !db.isSqlite()).orElseThrow(() -> new StoreException(db.displayName()
                + " is not a team database: its owner runs concord team init --db URL first"));
    }

    static String group(String prefix, TeamRole role) {
        return prefix + "_" + role.word();
    }

    private static Optional<TeamRole> roleOf(Connection c, String prefix, String login) throws SQLException {
        for (TeamRole role : new TeamRole[] {TeamRole.ADMIN, TeamRole.LEAD, TeamRole.REVIEWER}) {
            String has = scalar(c, "SELECT CASE WHEN pg_has_role(?::name, ?::text, 'MEMBER') THEN 'y' END", login,
                    group(prefix, role));
            if (has != null) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static String login(Connection c, String reviewerId) throws SQLException {
        return scalar(c, "SELECT login FROM reviewers WHERE id = ?", reviewerId);
    }

    private static boolean loginExists(Connection c, String name) throws SQLException {
        return scalar(c, "SELECT rolname FROM pg_roles WHERE rolname = ?", name) != null;
    }

    private static String scalar(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A role name as a quoted SQL identifier. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
