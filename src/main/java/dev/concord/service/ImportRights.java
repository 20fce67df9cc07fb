package dev.concord.service;

import dev.concord.review.TeamMember;

import java.util.Optional;

/**
 * Which rows of a reviews CSV a session may import. On a team database a login imports only its own reviews, and
 * only a lead (or admin) imports decisions, only their own; the database would refuse the rest anyway, this says
 * why by line. On a single-user file, and for a team database's owner, the holder imports anyone's reviews and the
 * decisions of any lead of the database.
 *
 * @param me         the team member of this session, or empty (a file, or the owner)
 * @param minReviews the reviews an item needs before a lead may decide it (the consensus policy's minimum)
 */
record ImportRights(Optional<TeamMember> me, int minReviews) {
    /** Why a review row of {@code reviewer} is refused, or empty. */
    Optional<String> checkReview(String reviewer) {
        return me.filter(m -> !m.login().equals(reviewer)).map(m -> "field 'reviewer': on a team database a login "
                + "imports only its own reviews (this is " + m.login() + "'s session)");
    }

    /** Why a decision row by {@code lead} is refused, or empty. */
    Optional<String> checkDecision(String lead) {
        if (me.isEmpty()) {
            return Optional.empty();
        }
        TeamMember m = me.get();
        if (!m.role().leads()) {
            return Optional.of("field 'kind': only a lead imports decisions (this is " + m.login()
                    + "'s session, a reviewer)");
        }
        return m.login().equals(lead) ? Optional.empty() : Optional.of("field 'reviewer': on a team database a lead "
                + "imports only their own decisions (this is " + m.login() + "'s session)");
    }
}
