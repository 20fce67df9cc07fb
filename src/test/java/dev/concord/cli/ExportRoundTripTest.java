package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.export.LayoutCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

/** A small log, through ingest and a reviews CSV, to export files parsed back against their layouts. */
class ExportRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void logThroughReviewsImportToExportFiles() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        Path logFile = log()
                .generation("g1", "s1", "What is the capital of France?", "Paris.").down("g1")
                .generation("g2", "s2", "How many legs does a spider have?", "Six.").down("g2")
                .generation("g3", "s3", "Is this rash serious?", "No.").down("g3")
                .generation("c1", "s4", "Write a haiku about rain.", "Rain rain rain.")
                .retry("c2", "s4", "c1", "Drops on glass.").retry("c3", "s4", "c2", "Grey sky.")
                .retry("c4", "s4", "c3", "Soft rain on tin roofs")
                .generation("u1", "s5", "Translate 'merci'.", "Thank you.").up("u1")
                .writeTo(dir.resolve("log.jsonl"));
        assertThat(CliTest.run("ingest", logFile.toString(), "--db", db).exit()).isZero();

        Path csv = dir.resolve("reviews.csv");
        Files.writeString(csv, String.join("\n",
                "item,reviewer,label,correction,best,worst",
                "fi-g1,Ann,good,,,",
                "fi-g1,Bob,good,,,",
                "fi-g2,Ann,wrong,Eight.,,",
                "fi-g2,Bob,wrong / factual error,Eight.,,",
                "fi-g3,Ann,needs-expert,,,",
                "fi-g3,Bob,needs-expert,,,",
                "fi-c1,Ann,wrong,,4,1",
                "fi-c1,Bob,wrong,,4,1") + "\n");
        CliTest.Run imported = CliTest.run("reviews", "import", csv.toString(), "--db", db);
        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();

        Path out = dir.resolve("export");
        CliTest.Run exported = CliTest.run("export", "--db", db, "--out", out.toString(), "--held-out-share", "0",
                "--list-excluded");
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("fi-g3\t-\tneeds-expert");

        List<JsonNode> sft = LayoutCheck.read(out.resolve("train/sft.jsonl"));
        sft.forEach(r -> assertThat(LayoutCheck.problems("openai-sft", r)).isEmpty());
        assertThat(sft).extracting(r -> r.get("messages").get(2).get("content").asText())
                .containsExactlyInAnyOrder("Paris.", "Eight.", "Thank you.");
        List<JsonNode> dpo = LayoutCheck.read(out.resolve("train/dpo.jsonl"));
        dpo.forEach(r -> assertThat(LayoutCheck.problems("trl-dpo", r)).isEmpty());
        JsonNode picks = dpo.stream().filter(r -> r.get("concord").get("id").asText().equals("dpo:fi-c1:picks"))
                .findFirst().orElseThrow();
        assertThat(picks.get("chosen").get(0).get("content").asText()).isEqualTo("Soft rain on tin roofs");
        assertThat(picks.get("rejected").get(0).get("content").asText()).isEqualTo("Rain rain rain.");
        List<JsonNode> kto = LayoutCheck.read(out.resolve("train/kto.jsonl"));
        kto.forEach(r -> assertThat(LayoutCheck.problems("trl-kto", r)).isEmpty());
        assertThat(kto).filteredOn(r -> !r.get("label").asBoolean()).extracting(r -> r.get("completion").get(0)
                .get("content").asText()).containsExactlyInAnyOrder("Six.", "Soft rain on tin roofs");
        assertThat(LayoutCheck.read(out.resolve("eval/golden.jsonl"))).as("u1 fell on the training side of the split")
                .isEmpty();

        JsonNode manifest = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("reviewers")).extracting(r -> r.get("name").asText()).containsExactlyInAnyOrder("Ann", "Bob");
        assertThat(manifest.get("sources").get("agreed").asLong()).isEqualTo(3);
        assertThat(manifest.get("agreement").get("percent_agreement").asDouble()).isEqualTo(1.0);
    }
}
