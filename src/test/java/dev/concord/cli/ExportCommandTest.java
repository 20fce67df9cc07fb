package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.curate.ExportPolicy;
import dev.concord.export.LayoutCheck;
import dev.concord.export.PolicyJson;
import dev.concord.redact.Redactor;
import dev.concord.service.ExportScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ExportCommandTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void setUp() throws Exception {
        ExportScenario.build(dir);
        db = TestDatabases.location(dir.resolve("concord.db"));
    }

    @Test
    void exportWritesEveryFileAndExitsThreeWhenPiiWasBlocked() throws Exception {
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("export", "--db", db, "--out", out.toString());
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains("the last PII scan blocked 3 row(s)");
        assertThat(r.out()).contains("exported to " + out.toAbsolutePath(), "train/sft.jsonl", "too-few-reviews",
                "labels-disagree", "needs-expert", "pii");
        for (String f : List.of("eval/golden.jsonl", "eval/regression.jsonl", "train/sft.jsonl", "train/dpo.jsonl",
                "train/kto.jsonl", "manifest.json")) {
            assertThat(out.resolve(f)).exists();
        }
    }

    @Test
    void policyFileDecidesAndACleanExportExitsZero() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"consensus\": {\"min_reviews\": 3}, \"output\": {\"dpo_layout\": \"openai\"}}");
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("export", "--db", db, "--out", out.toString(), "--policy", policy.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("too-few-reviews").doesNotContain("PII");
        List<JsonNode> dpo = LayoutCheck.read(out.resolve("train/dpo.jsonl"));
        assertThat(dpo).hasSize(2).allSatisfy(row -> assertThat(LayoutCheck.problems("openai-dpo", row)).isEmpty());
        assertThat(LayoutCheck.read(out.resolve("train/dpo.meta.jsonl"))).hasSize(2);
        JsonNode manifest = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("policy").get("output").get("dpo_layout").asText()).isEqualTo("openai");
        assertThat(manifest.get("policy").get("consensus").get("min_reviews").asInt()).isEqualTo(3);
    }

    @Test
    void automaticCandidatesCanBeSwitchedOff() throws Exception {
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("export", "--db", db, "--out", out.toString(), "--no-automatic", "--held-out-share", "0");
        assertThat(r.out()).contains("automatic:          0 candidates read");
        JsonNode manifest = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("policy").get("curation").get("include_automatic").asBoolean()).isFalse();
        assertThat(manifest.get("policy").get("curation").get("held_out_share").asDouble()).isZero();
        assertThat(manifest.get("totals").get("automatic").asLong()).isZero();
    }

    @Test
    void previewListsExclusionsItemByItemAndWritesNothing() {
        CliTest.Run r = CliTest.run("export", "--db", db, "--preview", "--list-excluded");
        assertThat(r.out()).contains("preview (nothing written)", "fi-one\t-\ttoo-few-reviews\t1 of 2 reviews",
                "fi-split\t-\tlabels-disagree", "fi-expert\t-\tneeds-expert", "fi-pii\ttrain/sft.jsonl\tpii\tsft:fi-pii: answer: email");
        assertThat(r.out()).doesNotContain("jane.doe");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void writtenPolicyReadsBack() throws Exception {
        Path policy = dir.resolve("p.json");
        CliTest.Run r = CliTest.run("export", "--write-policy", policy.toString(), "--dpo-layout", "openai");
        assertThat(r.exit()).isZero();
        assertThat(PolicyJson.read(policy)).isEqualTo(ExportPolicy.defaults().with(ExportPolicy.DpoLayout.OPENAI));
    }

    @Test
    void badPolicyFileNamesFileLineAndKey() throws Exception {
        Path policy = dir.resolve("bad.json");
        Files.writeString(policy, "{\n  \"curation\": {\n    \"held_out_share\": \"lots\"\n  }\n}\n");
        CliTest.Run r = CliTest.run("export", "--db", db, "--out", dir.resolve("out").toString(), "--policy", policy.toString());
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains(policy + ":3: curation.held_out_share: must be a number, got \"lots\"");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliTest.run("export", "--db", db).exit()).isEqualTo(2);
        assertThat(CliTest.run("export", "--db", db, "--out").exit()).isEqualTo(2);
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliTest.Run r = CliTest.run("export", "--db", db, "--out", out.toString());
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains("not a Concord export", "nothing was changed").doesNotContain("Exception", "\tat ");
        assertThat(out.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aFolderWithAManifestAndSourcesSurvivesUntouchedAndExitsThree() throws Exception {
        Path out = Files.createDirectories(dir.resolve("app"));
        Files.writeString(out.resolve("manifest.json"), "{\"name\": \"my web app\"}");
        Files.createDirectories(out.resolve("src"));
        Files.writeString(out.resolve("src/index.js"), "console.log(1)");
        CliTest.Run r = CliTest.run("export", "--db", db, "--out", out.toString());
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains(out.toAbsolutePath() + ": not a Concord export", "nothing was changed");
        assertThat(out.resolve("src/index.js")).hasContent("console.log(1)");
        assertThat(out.resolve("manifest.json")).hasContent("{\"name\": \"my web app\"}");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("manifest.json", "src");
        }
    }

    @Test
    void aPreviousExportIsReplacedAndLeftoversAreReported() throws Exception {
        Path out = dir.resolve("out");
        CliTest.run("export", "--db", db, "--out", out.toString());
        Path tmp = Files.createDirectories(dir.resolve(".out.tmp-31").resolve("train"));
        Files.writeString(tmp.resolve("sft.jsonl"), "{\"messages\":");
        CliTest.Run r = CliTest.run("export", "--db", db, "--out", out.toString(), "--dpo-layout", "openai");
        assertThat(r.out()).contains("removed leftover of an interrupted export: " + tmp.getParent());
        assertThat(tmp.getParent()).doesNotExist();
        assertThat(out.resolve("train/dpo.meta.jsonl")).exists();
    }

    @Test
    void exportsFromADatabaseOpenedInSqliteReadOnlyMode() throws Exception {
        assumeFalse(TestDatabases.postgres(), "a SQLite file");
        Path file = dir.resolve("concord.db");
        byte[] before = Files.readAllBytes(file);
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("export", "--db", "jdbc:sqlite:file:" + file + "?mode=ro", "--out", out.toString());
        assertThat(r.out()).as(r.err()).contains("exported to " + out.toAbsolutePath(), "reviewed items:     10 (6 agreed, 3 waiting for a lead)");
        JsonNode manifest = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("database").asText()).isEqualTo(Redactor.standard().redact(file.toString(), null));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void exportsFromADatabaseInAFolderNobodyMayWrite() throws Exception {
        assumeFalse(TestDatabases.postgres(), "a SQLite file");
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path file = dir.resolve("concord.db");
        Path out = Files.createDirectories(dir.resolve("exports")).resolve("latest");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliTest.Run r = CliTest.run("export", "--db", file.toString(), "--out", out.toString());
            assertThat(r.out()).as(r.err()).contains("exported to " + out.toAbsolutePath());
            try (var s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("concord.db-wal", "concord.db-shm");
            }
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
