package dev.concord.service;

import dev.concord.review.AdjudicationDraft;
import dev.concord.review.ReviewDraft;
import dev.concord.review.TeamMember;
import dev.concord.review.TeamRole;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code reviews import} on a team database: a lead's export carries their decisions back; nobody imports another's. */
class TeamImportTest {
    @TempDir
    Path dir;

    private TeamFixture f;
    private TeamMember ann;
    private TeamMember ben;
    private TeamMember lea;

    @BeforeEach
    void team() throws Exception {
        assumeTrue(TestDatabases.postgres(), "team databases are PostgreSQL");
        f = new TeamFixture(dir, 3);
        f.owner.overlap(2);
        ann = f.add("ann", TeamRole.REVIEWER);
        ben = f.add("ben", TeamRole.REVIEWER);
        lea = f.add("lea", TeamRole.LEAD);
        f.add("lou", TeamRole.LEAD);
        for (TeamMember m : new TeamMember[] {ann, ben}) {
            try (ReviewService reviews = new ReviewService(f.as(m.login().substring(0, 3)))) {
                reviews.submit(m.reviewer().id(), single(2), ReviewDraft.labelOnly(m == ann ? "good" : "wrong"));
            }
        }
        new AdjudicationService(f.as("lea")).decide(lea.reviewer().id(), single(2),
                new AdjudicationDraft("unsafe", null, null, null, false, null, null));
    }

    private Path leasExport() throws Exception {
        StringWriter out = new StringWriter();
        new ReviewCsvService(f.as("lea")).export(lea.viewer(), out);
        return Files.writeString(dir.resolve("lea.csv"), out.toString());
    }

    @Test
    void aLeadsExportReimportedByTheLeadWritesTheirDecisionAndRefusesTheOthersReviewsByLine() throws Exception {
        Path file = leasExport();
        assertThat(Files.readString(file)).endsWith(single(2) + "," + f.login("lea") + ",unsafe,,,,decision\n");
        try (Connection c = DriverManager.getConnection(f.url + "?user=postgres"); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM adjudications");
        }
        ReviewImportReport r = new ReviewCsvService(f.as("lea")).importFile(file);
        assertThat(r.decided()).isEqualTo(1);
        assertThat(r.badRows()).containsExactly(
                file + ":2: field 'reviewer': on a team database a login imports only its own reviews (this is "
                        + f.login("lea") + "'s session)",
                file + ":3: field 'reviewer': on a team database a login imports only its own reviews (this is "
                        + f.login("lea") + "'s session)");
        var decision = new AdjudicationService(f.owner.db).decision(lea.reviewer().id(), single(2)).orElseThrow();
        assertThat(decision.leadId()).isEqualTo(lea.reviewer().id());
        assertThat(decision.label()).isEqualTo("unsafe");
    }

    @Test
    void aReviewerImportingDecisionsAndALeadImportingAnotherLeadsAreRefusedByLine() throws Exception {
        Path annsDecision = Files.writeString(dir.resolve("ann.csv"), "item,reviewer,label,kind\n"
                + single(2) + "," + f.login("ann") + ",wrong,decision\n");
        ReviewImportReport asAnn = new ReviewCsvService(f.as("ann")).importFile(annsDecision);
        assertThat(asAnn.badRows()).containsExactly(annsDecision + ":2: field 'kind': only a lead imports decisions "
                + "(this is " + f.login("ann") + "'s session, a reviewer)");

        Path leas = leasExport();
        ReviewImportReport asLou = new ReviewCsvService(f.as("lou")).importFile(leas);
        assertThat(asLou.decided()).isZero();
        assertThat(asLou.badRows()).hasSize(3).last().isEqualTo(leas + ":4: field 'reviewer': on a team database a "
                + "lead imports only their own decisions (this is " + f.login("lou") + "'s session)");
        assertThat(new AdjudicationService(f.owner.db).decision(lea.reviewer().id(), single(2)).orElseThrow().leadId())
                .isEqualTo(lea.reviewer().id());
    }

    @Test
    void theOwnerImportsAnyLeadsDecisionAsTheHolderOfAFileWould() throws Exception {
        Path file = leasExport();
        try (Connection c = DriverManager.getConnection(f.url + "?user=postgres"); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM adjudications");
        }
        ReviewImportReport r = new ReviewCsvService(f.owner.db).importFile(file);
        assertThat(r.badRows()).isEmpty();
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(r.decided()).isEqualTo(1);
    }
}
