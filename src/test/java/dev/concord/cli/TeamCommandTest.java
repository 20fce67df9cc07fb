package dev.concord.cli;

import dev.concord.review.TeamRole;
import dev.concord.service.TeamFixture;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** concord team init/add/list/remove, and a team login acting only as itself through the CLI. */
class TeamCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void postgres() {
        assumeTrue(TestDatabases.postgres(), "team databases are PostgreSQL");
    }

    @Test
    void initAddListAndRemoveManageTheTeamAndNeverShowThePassword() throws Exception {
        String owner = TestDatabases.freshPostgres();
        String database = owner.substring(owner.lastIndexOf('/') + 1, owner.indexOf('?'));
        CliTest.Run init = CliTest.run("team", "init", "--db", owner);
        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("roles " + database + "_reviewer, " + database + "_lead, " + database + "_admin");
        assertThat(CliTest.run("team", "init", "--db", owner).exit()).as("init again").isZero();

        Path secret = Files.writeString(dir.resolve("pw.txt"), "s3cret-Pa55\n");
        String kim = "kim_" + database;
        CliTest.Run add = CliTest.run("team", "add", kim, "--lead", "--password-file", secret.toString(), "--db", owner);
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains(kim + " is a lead");
        assertThat(add.out() + add.err()).doesNotContain("s3cret-Pa55");
        CliTest.Run list = CliTest.run("team", "list", "--db", owner);
        assertThat(list.out()).containsPattern(kim + " +lead");

        CliTest.Run remove = CliTest.run("team", "remove", kim, "--db", owner);
        assertThat(remove.exit()).isZero();
        assertThat(remove.out()).contains("their reviews stay", "login dropped");
        assertThat(CliTest.run("team", "list", "--db", owner).out()).doesNotContain(kim);
    }

    @Test
    void aNewLoginWithoutAPasswordIsRefusedWithoutATerminal() throws Exception {
        String owner = TestDatabases.freshPostgres();
        assertThat(CliTest.run("team", "init", "--db", owner).exit()).isZero();
        CliTest.Run add = CliTest.run("team", "add", "nopw_" + System.nanoTime(), "--db", owner);
        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).contains("a new login needs a password");
        CliTest.Run bad = CliTest.run("team", "add", "drop role x;", "--db", owner);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("a login is 1 to 63 letters, digits or _ . @ -");
    }

    @Test
    void aTeamLoginActsOnlyAsItselfAndImportsOnlyItsOwnReviews() throws Exception {
        TeamFixture f = new TeamFixture(dir, 3);
        f.add("ann", TeamRole.REVIEWER);
        f.add("ben", TeamRole.REVIEWER);
        CliTest.Run as = CliTest.run("skips", "--as", f.login("ben"), "--db", f.cliUrl("ann"));
        assertThat(as.exit()).isEqualTo(2);
        assertThat(as.err()).contains("you are your login (" + f.login("ann") + ")");
        assertThat(CliTest.run("skips", "--db", f.cliUrl("ann")).out()).contains(f.login("ann") + " skipped 0 items");

        Path csv = Files.writeString(dir.resolve("r.csv"), "item,reviewer,label\n" + single(1) + "," + f.login("ann")
                + ",good\n" + single(1) + "," + f.login("ben") + ",wrong\n");
        CliTest.Run imported = CliTest.run("reviews", "import", csv.toString(), "--db", f.cliUrl("ann"));
        assertThat(imported.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(imported.out()).contains("reviews added:      1", csv + ":3: field 'reviewer': on a team database a"
                + " login imports only its own reviews");
    }

    @Test
    void aLeadsExportCarriesTheirDecisionsBackAndAReviewerCannotImportDecisions() throws Exception {
        TeamFixture f = new TeamFixture(dir, 3);
        f.owner.overlap(2);
        var ann = f.add("ann", TeamRole.REVIEWER);
        var ben = f.add("ben", TeamRole.REVIEWER);
        var lea = f.add("lea", TeamRole.LEAD);
        f.owner.reviews.submit(ann.reviewer().id(), single(1), dev.concord.review.ReviewDraft.labelOnly("good"));
        f.owner.reviews.submit(ben.reviewer().id(), single(1), dev.concord.review.ReviewDraft.labelOnly("wrong"));
        f.owner.adjudication.decide(lea.reviewer().id(), single(1),
                new dev.concord.review.AdjudicationDraft("wrong", null, null, null, false, null, null));
        Path file = dir.resolve("lea.csv");
        CliTest.Run export = CliTest.run("reviews", "export", "--out", file.toString(), "--db", f.cliUrl("lea"));
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(file)).startsWith("item,reviewer,label,correction,best,worst,kind\n")
                .endsWith(single(1) + "," + f.login("lea") + ",wrong,,,,decision\n");

        CliTest.Run asAnn = CliTest.run("reviews", "import", file.toString(), "--db", f.cliUrl("ann"));
        assertThat(asAnn.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(asAnn.out()).contains("unchanged:          1", file + ":4: field 'kind': only a lead imports "
                + "decisions (this is " + f.login("ann") + "'s session, a reviewer)");

        try (var c = java.sql.DriverManager.getConnection(f.url + "?user=postgres"); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM adjudications");
        }
        CliTest.Run asLea = CliTest.run("reviews", "import", file.toString(), "--db", f.cliUrl("lea"));
        assertThat(asLea.out()).contains("decisions recorded: 1", "bad rows:           2");
        assertThat(f.owner.adjudication.decision(lea.reviewer().id(), single(1)).orElseThrow().leadId())
                .isEqualTo(lea.reviewer().id());
    }

    @Test
    void everyCommandTheDatabaseWouldRefuseSaysInOneSentenceWhichRoleItNeeds() throws Exception {
        TeamFixture f = new TeamFixture(dir, 3);
        f.add("ann", TeamRole.REVIEWER);
        f.add("lea", TeamRole.LEAD);
        Path log = dev.concord.ingest.Logs.log().generation("n1", "sn", "q", "a").down("n1").writeTo(dir.resolve("l.jsonl"));
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"rules\": []}");
        String lea = "lead '" + f.login("lea") + "'";
        String ann = "reviewer '" + f.login("ann") + "'";
        String[][] cases = {
                {"lea", "export needs the admin role; you are connected as " + lea, "export", "--out", dir.resolve("x").toString()},
                {"lea", "ingest needs the admin role; you are connected as " + lea, "ingest", log.toString()},
                {"ann", "ingest needs the admin role; you are connected as " + ann, "ingest", log.toString()},
                {"lea", "forget needs the admin role; you are connected as " + lea, "forget", "--session", "s1"},
                {"lea", "rules --set needs the admin role; you are connected as " + lea, "rules", "--set", rules.toString()},
                {"ann", "rules --clear needs the admin role; you are connected as " + ann, "rules", "--clear"},
                {"lea", "team add needs the database's owner (who ran concord team init); you are connected as " + lea,
                        "team", "add", "zed", "--password-file", rules.toString()},
                {"ann", "team remove needs the database's owner (who ran concord team init); you are connected as " + ann,
                        "team", "remove", f.login("lea")},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length - 2 + 2];
            System.arraycopy(c, 2, args, 0, c.length - 2);
            args[args.length - 2] = "--db";
            args[args.length - 1] = f.cliUrl(c[0]);
            CliTest.Run r = CliTest.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).isEqualTo("concord: " + c[1] + "\n");
        }
        CliTest.Run disagreements = CliTest.run("disagreements", "--db", f.cliUrl("ann"));
        assertThat(disagreements.exit()).isEqualTo(2);
        assertThat(disagreements.err()).contains("is not a lead").doesNotContain("Exception", "\tat ");
        assertThat(CliTest.run("stats", "--db", f.cliUrl("ann")).exit()).as("reading is allowed").isZero();
    }

    @Test
    void aWrongPasswordAnUnknownLoginALoginOfAnotherTeamAndNoServerEachGetTheirSentence() throws Exception {
        TeamFixture f = new TeamFixture(dir, 1);
        f.add("ann", TeamRole.REVIEWER);
        TeamFixture other = new TeamFixture(Files.createDirectories(dir.resolve("other")), 1);
        other.add("zoe", TeamRole.REVIEWER);
        String[][] cases = {
                {f.url + "?user=" + f.login("ann") + "&password=e",
                        "Wrong password for login " + f.login("ann") + ", or the server has no such login (with no "
                                + "password given, ~/.pgpass is used)."},
                {f.url + "?user=nobody_" + f.database() + "&password=x", "Wrong password for login nobody_"
                        + f.database() + ", or the server has no such login (with no password given, ~/.pgpass is used)."},
                {f.url + "?user=" + other.login("zoe") + "&password=" + TeamFixture.password("zoe"),
                        "Login " + other.login("zoe") + " is not on the team of " + f.url + "?user=" + other.login("zoe")
                                + "&password=***: the database owner adds it with concord team add."},
                {"jdbc:postgresql://127.0.0.1:1/concord?user=ann&password=e&connectTimeout=2",
                        "Cannot reach the server of jdbc:postgresql://127.0.0.1:1/concord?user=ann&password=***"
                                + "&connectTimeout=2: check the host and port, and that it is running."},
        };
        for (String[] c : cases) {
            CliTest.Run r = CliTest.run("stats", "--db", c[0]);
            assertThat(r.exit()).as(c[0]).isEqualTo(ConcordCli.EXIT_DATABASE_ERROR);
            assertThat(r.err()).as(c[0]).isEqualTo("concord: " + c[1] + "\n");
        }
    }
}
