package dev.concord.review;

/**
 * What a member of a team database may do, enforced by PostgreSQL (group roles, grants and row-level security):
 * each role may do everything the one before it may.
 */
public enum TeamRole {
    /** Writes and revises only their own reviews and skips; sees others' reviews of an item after reviewing it. */
    REVIEWER,
    /** Also reads every review and decides disagreements. */
    LEAD,
    /** Also ingests logs, exports, and changes the label set, the overlap and the export policy. */
    ADMIN;

    /** Whether this role may decide disagreements (the lead flag of the member's reviewer). */
    public boolean leads() {
        return this != REVIEWER;
    }

    /** The role's name in lower case, as the CLI and the README say it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
