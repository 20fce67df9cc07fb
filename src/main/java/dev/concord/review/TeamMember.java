package dev.concord.review;

/**
 * A person on a team database: their database login, their reviewer record (same name) and their role.
 *
 * @param reviewer the reviewer whose reviews the login writes; its lead flag follows the role
 * @param role     what the database lets the login do
 */
public record TeamMember(Reviewer reviewer, TeamRole role) {
    /** The database login (the reviewer's name). */
    public String login() {
        return reviewer.name();
    }

    /** The viewer this member is: a lead or admin sees everything. */
    public Viewer viewer() {
        return new Viewer(reviewer.id(), role.leads());
    }
}
