package dev.concord.service;

import dev.concord.model.ProgressListener;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.LabelSet;
import dev.concord.review.Review;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewSettings;
import dev.concord.review.TeamMember;
import dev.concord.review.TeamRole;
import dev.concord.review.Viewer;
import dev.concord.review.Visibility;
import dev.concord.store.Database;
import dev.concord.store.StoreException;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.concord.ingest.Logs.log;
import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What each role of a team database may and may not do, asked of PostgreSQL directly as each login (the database
 * refuses, not just the app) and through the services.
 */
class TeamRolesTest {
    @TempDir
    Path dir;

    private TeamFixture f;
    private TeamMember ann;
    private TeamMember ben;
    private TeamMember lea;
    private TeamMember ada;

    @BeforeEach
    void team() throws Exception {
        assumeTrue(TestDatabases.postgres(), "team databases are PostgreSQL");
        f = new TeamFixture(dir, 5);
        f.owner.overlap(2);
        ann = f.add("ann", TeamRole.REVIEWER);
        ben = f.add("ben", TeamRole.REVIEWER);
        lea = f.add("lea", TeamRole.LEAD);
        ada = f.add("ada", TeamRole.ADMIN);
    }

    private Review submit(String who, TeamMember member, String item) {
        try (ReviewService reviews = new ReviewService(f.as(who))) {
            return reviews.submit(member.reviewer().id(), item, ReviewDraft.labelOnly("good"));
        }
    }

    @Test
    void aReviewerWritesTheirOwnReviewsAndTheDatabaseRefusesAnyoneElsesRow() throws Exception {
        submit("ann", ann, single(1));
        submit("ben", ben, single(1));
        try (Connection c = f.sql("ann")) {
            assertThatThrownBy(() -> insertReview(c, single(2), ben.reviewer().id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            try (Statement s = c.createStatement()) {
                int changed = s.executeUpdate("UPDATE reviews SET label = 'wrong' WHERE reviewer_id = '"
                        + ben.reviewer().id() + "'");
                assertThat(changed).isZero();
            }
            insertReview(c, single(2), ann.reviewer().id());
        }
        assertThat(owner("SELECT label FROM reviews WHERE reviewer_id = ?", ben.reviewer().id())).containsExactly("good");
        assertThat(owner("SELECT item_id FROM reviews WHERE reviewer_id = ? ORDER BY item_id", ann.reviewer().id()))
                .containsExactly(single(1), single(2));
    }

    @Test
    void theDatabaseShowsAReviewerExactlyTheReviewsVisibilityAllows() throws Exception {
        for (int i = 1; i <= 3; i++) {
            submit("ben", ben, single(i));
        }
        submit("lea", lea, single(1));
        submit("lea", lea, single(3));
        submit("ann", ann, single(1));
        List<Review> all = new ArrayList<>();
        try (ReviewService reviews = new ReviewService(f.owner.db)) {
            for (int i = 1; i <= 3; i++) {
                all.addAll(reviews.reveal(new Viewer(null, true), single(i)));
            }
        }
        for (TeamMember m : List.of(ann, ben, lea, ada)) {
            String who = m.login().substring(0, 3);
            Viewer viewer = m.viewer();
            Set<String> expected = new HashSet<>();
            for (Review r : all) {
                boolean reviewed = all.stream().anyMatch(o -> o.itemId().equals(r.itemId()) && viewer.wrote(o));
                if (Visibility.canSee(viewer, r, reviewed)) {
                    expected.add(r.itemId() + "/" + r.reviewerId());
                }
            }
            try (Connection c = f.sql(who)) {
                assertThat(rows(c, "SELECT item_id || '/' || reviewer_id FROM reviews"))
                        .as("what %s's login reads", who).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        try (Connection c = f.sql("ann")) {
            assertThat(rows(c, "SELECT item_id || '/' || reviewer_id FROM reviews"))
                    .containsExactlyInAnyOrder(single(1) + "/" + ann.reviewer().id(), single(1) + "/" + ben.reviewer().id(),
                            single(1) + "/" + lea.reviewer().id());
        }
    }

    @Test
    void aReviewerCannotTouchSettingsDecisionsReviewersOrOthersSkips() throws Exception {
        try (ReviewService reviews = new ReviewService(f.as("ben"))) {
            reviews.skip(ben.reviewer().id(), single(4));
        }
        try (Connection c = f.sql("ann")) {
            assertRefused(c, "UPDATE settings SET value = '5' WHERE name = 'review.overlap'");
            assertRefused(c, "INSERT INTO settings (name, value) VALUES ('x', 'y')");
            assertRefused(c, "UPDATE reviewers SET name = 'someone else'");
            assertRefused(c, "INSERT INTO adjudications (item_id, lead_id, label, decided_at) VALUES ('" + single(1)
                    + "', '" + ann.reviewer().id() + "', 'good', '2026-11-21T09:00:00.000Z')");
            assertRefused(c, "DELETE FROM flagged_items");
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("DELETE FROM skips")).isZero();
            }
        }
        assertThat(owner("SELECT item_id FROM skips WHERE reviewer_id = ?", ben.reviewer().id())).containsExactly(single(4));
        assertThatThrownBy(() -> new ProjectSettingsService(f.as("ann")).save(new ReviewSettings(LabelSet.defaults(), 3)))
                .isInstanceOf(StoreException.class).hasMessageContaining("permission denied");
    }

    @Test
    void aLeadReadsEveryReviewAndDecidesOnlyAsThemself() throws Exception {
        submit("ann", ann, single(2));
        submit("ben", ben, single(2));
        try (Connection c = f.sql("lea")) {
            assertThat(rows(c, "SELECT reviewer_id FROM reviews")).hasSize(2);
            assertThatThrownBy(() -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO adjudications (item_id, lead_id, label, decided_at) VALUES ('"
                            + single(2) + "', '" + ada.reviewer().id() + "', 'good', '2026-11-21T09:00:00.000Z')");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertRefused(c, "UPDATE settings SET value = '5' WHERE name = 'review.overlap'");
        }
        new AdjudicationService(f.as("lea")).decide(lea.reviewer().id(), single(2),
                new AdjudicationDraft("wrong", null, null, null, false, null, null));
        assertThat(owner("SELECT lead_id FROM adjudications WHERE item_id = ?", single(2)))
                .containsExactly(lea.reviewer().id());
        try (Connection c = f.sql("ann")) {
            assertThat(rows(c, "SELECT item_id FROM adjudications")).containsExactly(single(2));
        }
        submit("ben", ben, single(3));
        try (Connection c = f.sql("ben")) {
            assertThat(rows(c, "SELECT item_id FROM adjudications")).containsExactly(single(2));
        }
    }

    @Test
    void anAdminIngestsAndChangesSettingsAReviewerCannotIngest() throws Exception {
        Path more = log().generation("n1", "sn", "new question", "new answer").down("n1").writeTo(dir.resolve("more.jsonl"));
        assertThatThrownBy(() -> new ImportService(f.as("ann")).ingest(List.of(more), ProgressListener.NONE))
                .isInstanceOf(StoreException.class).hasMessageContaining("permission denied");
        new ImportService(f.as("ada")).ingest(List.of(more), ProgressListener.NONE);
        new ProjectSettingsService(f.as("ada")).save(new ReviewSettings(LabelSet.defaults(), 3));
        assertThat(new ProjectSettingsService(f.owner.db).settings().overlap()).isEqualTo(3);
        assertThat(owner("SELECT COUNT(*) FROM flagged_items")).containsExactly("7");
    }

    @Test
    void anAdminIngestsEvaluatorScoresThatAReviewerReadsButCannotWrite() throws Exception {
        Path judged = java.nio.file.Files.writeString(dir.resolve("judged.jsonl"), EvaluatorScoresTest.LOG);
        new ImportService(f.as("ada")).ingest(List.of(judged), ProgressListener.NONE);
        try (ReviewService reviews = new ReviewService(f.as("ann"))) {
            assertThat(reviews.evaluatorScores(List.of("g1")).get("g1")).hasSize(2);
        }
        try (Connection c = f.sql("ann")) {
            assertRefused(c, "INSERT INTO evaluator_scores (score_key, generation, name, source_line, ingest_run) "
                    + "VALUES ('k', 'g1', 'fake', 1, 1)");
            assertRefused(c, "DELETE FROM evaluator_scores");
        }
    }

    @Test
    void anAdminsNewOverlapIsAppliedAtOnceAndReviewersKeepBeingAssigned() throws Exception {
        submit("ann", ann, single(1));
        submit("ben", ben, single(1));
        new ProjectSettingsService(f.as("ada")).save(new ReviewSettings(LabelSet.defaults(), 3));
        assertThat(owner("SELECT wanted FROM flagged_items WHERE id = ?", single(1))).containsExactly("3");
        assertThat(owner("SELECT name FROM settings WHERE name = 'review.wanted_stale'")).isEmpty();
        try (ReviewService reviews = new ReviewService(f.as("lea"))) {
            assertThat(reviews.next(lea.reviewer().id())).map(i -> i.id()).contains(single(1));
        }
    }

    @Test
    void aReviewerCannotDecideEvenThroughTheService() {
        submit("ann", ann, single(2));
        submit("ben", ben, single(2));
        assertThatThrownBy(() -> new AdjudicationService(f.as("ann")).decide(ann.reviewer().id(), single(2),
                new AdjudicationDraft("wrong", null, null, null, false, null, null)))
                .isInstanceOf(dev.concord.review.ReviewAccessException.class).hasMessageContaining("not a lead");
    }

    @Test
    void theLoginIsTheReviewerAndTheLeadFlagFollowsTheRole() {
        assertThat(new TeamService(f.as("lea")).me()).contains(lea);
        assertThat(lea.reviewer().lead()).isTrue();
        assertThat(new TeamService(f.as("ann")).session(null).map(TeamMember::viewer))
                .contains(new Viewer(ann.reviewer().id(), false));
        assertThatThrownBy(() -> new TeamService(f.as("ann")).session(f.login("ben")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("you are your login");
        TeamMember promoted = f.add("ann", TeamRole.LEAD);
        assertThat(promoted.reviewer().id()).isEqualTo(ann.reviewer().id());
        assertThat(new TeamService(f.as("ann")).me().orElseThrow().role()).isEqualTo(TeamRole.LEAD);
        assertThat(f.team.members()).extracting(m -> m.login().substring(0, 3) + ":" + m.role().word())
                .containsExactly("ada:admin", "ann:lead", "ben:reviewer", "lea:lead");
    }

    @Test
    void aRemovedMemberCannotLogInAndTheirReviewsStayTheirs() throws Exception {
        submit("ann", ann, single(1));
        assertThat(f.team.remove(f.login("ann"))).isTrue();
        assertThatThrownBy(() -> f.as("ann")).isInstanceOf(StoreException.class);
        assertThat(owner("SELECT v.name FROM reviews r JOIN reviewers v ON v.id = r.reviewer_id"))
                .containsExactly(f.login("ann"));
        assertThat(f.team.members()).extracting(TeamMember::login).doesNotContain(f.login("ann"));
    }

    private static void insertReview(Connection c, String item, String reviewerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviews (item_id, reviewer_id, revision, label, "
                + "submitted_at, is_latest) VALUES (?, ?, 1, 'good', ?, 1)")) {
            ps.setString(1, item);
            ps.setString(2, reviewerId);
            ps.setString(3, Instant.parse("2026-11-21T09:00:00Z").toString());
            ps.executeUpdate();
        }
    }

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    private List<String> owner(String sql, String... params) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(f.url + "?user=postgres")) {
            return rows(c, sql, params);
        }
    }

    private static List<String> rows(Connection c, String sql, String... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
