package dev.concord.ui.review;

import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.review.TeamMember;
import dev.concord.service.AdjudicationService;
import dev.concord.service.ProjectSettingsService;
import dev.concord.service.ReviewService;
import dev.concord.service.ReviewerService;
import dev.concord.service.TeamService;
import dev.concord.store.Database;

import java.util.Optional;

/**
 * What the review screens need from a database before they start, read in the background: its services (the review
 * service holds a connection while it lives), the project's review settings, the login as a team member (on a team
 * database) and the reviewer to start with (the login's own, else the one this computer's user picked last there).
 */
record WorkbenchSession(Database db, ReviewService reviews, ReviewerService reviewers, AdjudicationService adjudication,
                        ProjectSettingsService projectSettings, ReviewSettings settings, Optional<TeamMember> me,
                        Optional<Reviewer> reviewer) {

    /** Reads it all; store work, so never on the UI thread. */
    static WorkbenchSession read(Database db) {
        ReviewerService reviewers = new ReviewerService(db);
        ProjectSettingsService projectSettings = new ProjectSettingsService(db);
        ReviewSettings settings = projectSettings.settings();
        Optional<TeamMember> me = new TeamService(db).me();
        Optional<Reviewer> reviewer = me.isPresent() ? me.map(TeamMember::reviewer) : reviewers.remembered();
        ReviewService reviews = new ReviewService(db);
        return new WorkbenchSession(db, reviews, reviewers, new AdjudicationService(db), projectSettings, settings, me,
                reviewer);
    }
}
