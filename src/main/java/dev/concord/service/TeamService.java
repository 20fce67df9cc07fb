package dev.concord.service;

import dev.concord.review.ReviewAccessException;
import dev.concord.review.TeamMember;
import dev.concord.review.TeamRole;
import dev.concord.review.Viewer;
import dev.concord.store.Database;
import dev.concord.store.TeamRepository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team database (PostgreSQL): who may do what is enforced by the database (group roles, grants, row-level
 * security), and a session's reviewer is its database login. {@link #init}, {@link #add} and {@link #remove} are run
 * by the database owner (a role that may create roles); every member can ask {@link #me}.
 */
public final class TeamService {
    /** Logins Concord creates: letters, digits, {@code _ . @ -}, at most 63 characters (PostgreSQL's limit). */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9_.@-]{1,63}");
    private final Database db;
    private final TeamRepository team;
    private final Clock clock;

    public TeamService(Database db, Clock clock) {
        this.db = db;
        this.team = new TeamRepository(db);
        this.clock = clock;
    }

    public TeamService(Database db) {
        this(db, Clock.systemUTC());
    }

    /**
     * Makes the (already migrated) database a team database: creates the group roles {@code <prefix>_reviewer},
     * {@code _lead} and {@code _admin} and their grants and policies; safe to run again. Returns the prefix.
     */
    public String init() {
        return team.init();
    }

    /** Whether {@code team init} ran on this database. */
    public boolean isTeam() {
        return team.isTeam();
    }

    /**
     * Adds a person, or changes their role.
     *
     * @param password the new login's password (null when the login exists on the server already); the array is
     *                 cleared afterwards
     * @throws IllegalArgumentException if the name cannot be a login
     */
    public TeamMember add(String name, TeamRole role, char[] password) {
        String n = checkedName(name);
        try {
            return team.add(n, role, password, clock.instant());
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** Whether the server already has a login by this name (then {@link #add} needs no password). */
    public boolean loginExists(String name) {
        return team.loginExists(checkedName(name));
    }

    /** Everyone who logs in to this database, by name, with their role. */
    public List<TeamMember> members() {
        return team.list();
    }

    /**
     * Takes a person off the team: they can no longer log in to this database; their reviews stay, attributed.
     *
     * @return whether their login was dropped from the server (only a login {@code team add} created, and only when
     *         it belongs to no other role)
     */
    public boolean remove(String name) {
        return team.remove(checkedName(name));
    }

    /** The connected login as a member of this team database; empty on SQLite and for the owner without a record. */
    public Optional<TeamMember> me() {
        return team.me();
    }

    /**
     * Who this session is when it must be a reviewer: on a team database the login's member (asking for anyone else
     * is refused), else empty: on a single-user file, and for the database owner, whom no policy restricts (then the
     * caller picks as on a single-user file).
     *
     * @param asked a reviewer name the user asked to act as, or null
     * @throws IllegalArgumentException when {@code asked} names someone other than the login
     */
    public Optional<TeamMember> session(String asked) {
        if (!team.isTeam()) {
            return Optional.empty();
        }
        Optional<TeamMember> me = team.me();
        if (me.isEmpty()) {
            return me;
        }
        if (asked != null && !asked.strip().equals(me.get().login())) {
            throw new IllegalArgumentException("on a team database you are your login (" + me.get().login()
                    + "): reviewing or looking as " + asked.strip() + " is not possible");
        }
        return me;
    }

    /**
     * Refuses, before anything is written, a session whose role the database would refuse {@code action}: on a team
     * database a member below {@code needed}. A single-user file and the database's owner may do everything.
     *
     * @param action what the person asked for, as they would say it ({@code "export"}, {@code "ingest"})
     * @throws ReviewAccessException naming the role needed and the connected login's
     */
    public void require(TeamRole needed, String action) {
        if (!team.isTeam()) {
            return;
        }
        team.me().filter(m -> m.role().compareTo(needed) < 0).ifPresent(m -> {
            throw new ReviewAccessException(action + " needs the " + needed.word() + " role; you are connected as "
                    + m.role().word() + " '" + m.login() + "'");
        });
    }

    /**
     * Refuses a team member {@code action} that only the database's owner (who ran {@code team init}) may do.
     *
     * @throws ReviewAccessException naming the connected login's role
     */
    public void requireOwner(String action) {
        if (!team.isTeam()) {
            return;
        }
        team.me().ifPresent(m -> {
            throw new ReviewAccessException(action + " needs the database's owner (who ran concord team init); you are "
                    + "connected as " + m.role().word() + " '" + m.login() + "'");
        });
    }

    /** The viewer of a team member, or of nobody. */
    public static Viewer viewer(Optional<TeamMember> member) {
        return member.map(TeamMember::viewer).orElse(Viewer.NOBODY);
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (!LOGIN.matcher(n).matches()) {
            throw new IllegalArgumentException("name: a login is 1 to 63 letters, digits or _ . @ - (got '"
                    + (n.length() > 63 ? n.substring(0, 63) + "…" : n) + "')");
        }
        return n;
    }
}
