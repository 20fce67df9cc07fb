package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.concord.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** concord forget, redact --explain, rules and --rules (issue 12 §3–§4). */
class PrivacyCommandsTest {
    static final String RULES = dev.concord.service.ProjectRulesTest.RULES;


    @TempDir
    Path dir;

    private Path log() throws Exception {
        return Files.writeString(dir.resolve("log.jsonl"), String.join("\n",
                "{\"type\":\"generation\",\"id\":\"g1\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:00:00Z\",\"user\":\"u-77\","
                        + "\"prompt\":\"I am EMP-123456, mail me at jane@example.com\",\"output\":\"Noted, EMP-123456.\"}",
                "{\"type\":\"feedback\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"down\"}",
                "{\"type\":\"generation\",\"id\":\"g2\",\"session\":\"s2\",\"ts\":\"2026-11-20T10:00:00Z\",\"prompt\":\"q\",\"output\":\"a\"}")
                + "\n");
    }

    private Path rules() throws Exception {
        return Files.writeString(dir.resolve("rules.json"), RULES);
    }

    @Test
    void forgetByUserPrintsCountsAndIsIdempotent() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        assertThat(run("ingest", log().toString(), "--db", db).exit()).isZero();

        CliTest.Run first = run("forget", "--user", "u-77", "--db", db);
        CliTest.Run second = run("forget", "--user", "u-77", "--db", db);

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("sessions:   1", "events:     2", "items:      1").doesNotContain("u-77");
        assertThat(second.out()).contains("sessions:   0", "events:     0");
        assertThat(run("ingest", log().toString(), "--db", db).out()).contains("forgotten:          2 events not stored");
    }

    @Test
    void forgetWantsExactlyOneTarget() {
        assertThat(run("forget", "--db", TestDatabases.location(dir.resolve("c.db"))).exit()).isEqualTo(2);
        assertThat(run("forget", "--user", "a", "--session", "b", "--db", TestDatabases.location(dir.resolve("c.db"))).exit()).isEqualTo(2);
    }

    @Test
    void explainCountsHitsPerRuleAndNeverPrintsARawValue() throws Exception {
        CliTest.Run r = run("redact", "--explain", log().toString(), "--rules", rules().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("(nothing stored)")
                .containsPattern("employee-id +\\[EMPLOYEE_ID] +2 hits  \\(your rule\\)")
                .containsPattern("email\\S* +\\[EMAIL] +1 hits")
                .contains("I am [EMPLOYEE_ID], mail me at [EMAIL]")
                .doesNotContain("EMP-123456", "jane@example.com");
        assertThat(Files.exists(dir.resolve("c.db"))).isFalse();
    }

    @Test
    void ingestWithRulesAppliesThemBeforeStoring() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        CliTest.Run r = run("ingest", log().toString(), "--db", db, "--rules", rules().toString());
        assertThat(r.out()).contains("[CUSTOM]");
        assertThat(run("queue", "--db", db, "--json").out()).contains("[EMPLOYEE_ID]").doesNotContain("EMP-123456");
    }

    @Test
    void aBadRulesFileStopsTheCommandWithFileRuleAndField() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), RULES.replace("EMP-123456", "EMP-1"));
        CliTest.Run r = run("ingest", log().toString(), "--db", TestDatabases.location(dir.resolve("c.db")), "--rules", bad.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains(bad + ": rule 1 'employee-id': field 'must_match[0]'");
    }

    @Test
    void rulesSetSavesThemForTheProjectAndLaterCommandsUseThem() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        assertThat(run("rules", "--check", rules().toString()).out()).contains("1 rules, every example checked");
        assertThat(run("rules", "--set", rules().toString(), "--db", db).exit()).isZero();
        assertThat(run("rules", "--db", db).out()).contains("employee-id");
        run("ingest", log().toString(), "--db", db);
        assertThat(run("queue", "--db", db, "--json").out()).contains("[EMPLOYEE_ID]");
        assertThat(run("rules", "--clear", "--db", db).exit()).isZero();
        assertThat(run("rules", "--db", db).out()).contains("the standard rules apply");
    }
}
