package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.store.Database;
import dev.concord.store.ReviewRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.concord.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code concord agreement}; the table is the hand-checked one of AgreementServiceTest. */
class AgreementCommandTest {
    static final String HAND_TABLE = """
            item,reviewer,label
            i0,ana,good
            i0,ben,good
            i0,cy,good
            i1,ana,good
            i1,ben,good
            i1,cy,off
            i2,ana,off
            i2,ben,off
            i2,cy,off
            i3,ana,off
            i3,ben,good
            """;
    static final List<String> ISSUE_KEYS = List.of("items", "reviewers", "percent_agreement", "fleiss_kappa",
            "krippendorff_alpha", "gwet_ac1", "cohen_kappa", "per_label", "ci", "warnings");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path csv(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void ratingsFileGivesTheIssueKeysWithHandCheckedValues() throws Exception {
        CliTest.Run r = run("agreement", "--ratings", csv("r.csv", HAND_TABLE).toString(), "--json",
                "--resamples", "300");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(keys(j)).containsAll(ISSUE_KEYS);
        assertThat(j.get("items").asInt()).isEqualTo(4);
        assertThat(j.get("reviewers").asInt()).isEqualTo(3);
        assertThat(j.get("percent_agreement").asDouble()).isCloseTo(7.0 / 12, within(1e-9));
        assertThat(j.get("fleiss_kappa").asDouble()).isCloseTo(0.160839, within(1e-6));
        assertThat(j.get("krippendorff_alpha").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(j.get("gwet_ac1").asDouble()).isCloseTo(0.172414, within(1e-6));
        JsonNode pairs = j.get("cohen_kappa");
        assertThat(pairs).hasSize(3);
        assertThat(keys(pairs.get(0))).contains("a", "b", "kappa", "n");
        assertThat(pairs.get(0).get("a").asText() + "/" + pairs.get(0).get("b").asText()).isEqualTo("ana/ben");
        assertThat(pairs.get(0).get("kappa").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(pairs.get(0).get("n").asInt()).isEqualTo(4);
        assertThat(pairs.get(1).get("kappa").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(pairs.get(2).get("n").asInt()).isEqualTo(3);
        assertThat(keys(j.get("per_label"))).containsExactly("good", "off");
        assertThat(j.get("per_label").get("good").asDouble()).isCloseTo(0.160839, within(1e-6));
        JsonNode ci = j.get("ci").get("krippendorff_alpha");
        assertThat(ci).hasSize(2);
        assertThat(ci.get(0).asDouble()).isLessThanOrEqualTo(ci.get(1).asDouble());
        assertThat(j.get("bootstrap_resamples").asInt()).isEqualTo(300);
        assertThat(j.get("warnings").toString()).contains("only 4 items have two or more ratings");
        assertThat(j.get("source").get("kind").asText()).isEqualTo("ratings");
        assertThat(j.get("label_set").get("source").asText()).isEqualTo("data");
        assertThat(j.get("best_attempt").isNull()).isTrue();
        assertThat(j.get("per_week").isNull()).isTrue();
    }

    @Test
    void undefinedMeasuresAreNullWithAWarningNotNaN() throws Exception {
        Path f = csv("same.csv", "item,reviewer,label\ni1,a,good\ni1,b,good\ni2,a,good\ni2,b,good\n");
        CliTest.Run r = run("agreement", "--ratings", f.toString(), "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("NaN");
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("percent_agreement").asDouble()).isEqualTo(1.0);
        assertThat(j.get("fleiss_kappa").isNull()).isTrue();
        assertThat(j.get("krippendorff_alpha").isNull()).isTrue();
        assertThat(j.get("cohen_kappa").get(0).get("kappa").isNull()).isTrue();
        assertThat(j.get("ci").get("fleiss_kappa").isNull()).isTrue();
        assertThat(j.get("warnings").toString()).contains("fleiss_kappa is undefined", "krippendorff_alpha is undefined");
    }

    @Test
    void textOutputShowsNumbersIntervalsBandsAndWarnings() throws Exception {
        CliTest.Run r = run("agreement", "--ratings", csv("r.csv", HAND_TABLE).toString(), "--resamples", "100");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Ratings file ", "Label set: the labels seen, nominal, 2 labels: good, off",
                "4 items (4 with two or more ratings), 3 reviewers, 11 ratings", "Fleiss' kappa", "0.161",
                "(slight)", "ana / ben  0.500", "Warnings:", "Per reviewer");
        assertThat(r.out()).containsPattern("Krippendorff's alpha +0\\.333 \\[-?\\d\\.\\d{3}, \\d\\.\\d{3}\\] \\(fair\\)");
    }

    @Test
    void theSeedMakesIntervalsReproducible() throws Exception {
        String f = csv("r.csv", HAND_TABLE).toString();
        String a = run("agreement", "--ratings", f, "--json", "--resamples", "200", "--seed", "5").out();
        String b = run("agreement", "--ratings", f, "--json", "--resamples", "200", "--seed", "5").out();
        String c = run("agreement", "--ratings", f, "--json", "--resamples", "200", "--seed", "6").out();
        assertThat(a).isEqualTo(b);
        assertThat(JSON.readTree(a).get("ci")).isNotEqualTo(JSON.readTree(c).get("ci"));
        assertThat(JSON.readTree(a).get("seed").asLong()).isEqualTo(5);
    }

    @Test
    void zeroResamplesTurnsIntervalsOff() throws Exception {
        JsonNode j = JSON.readTree(run("agreement", "--ratings", csv("r.csv", HAND_TABLE).toString(), "--json",
                "--resamples", "0").out());
        assertThat(j.get("ci").isEmpty()).isTrue();
        assertThat(j.get("bootstrap_resamples").asInt()).isZero();
    }

    @Test
    void anOrdinalLabelSetAddsWeightedKappaAndOrdinalAlpha() throws Exception {
        Path f = csv("o.csv", "item,reviewer,label\ni1,a,1\ni1,b,2\ni2,a,3\ni2,b,3\ni3,a,1\ni3,b,1\ni4,a,2\ni4,b,3\n");
        JsonNode j = JSON.readTree(run("agreement", "--ratings", f.toString(), "--json", "--resamples", "50",
                "--labels", "1,2,3", "--scale", "ordinal").out());
        assertThat(j.get("label_set").get("scale").asText()).isEqualTo("ordinal");
        assertThat(j.get("ordinal").get("krippendorff_alpha_ordinal").isNumber()).isTrue();
        assertThat(j.get("ordinal").get("weighted_kappa").get(0).get("linear").isNumber()).isTrue();
        assertThat(j.get("ci").has("krippendorff_alpha_ordinal")).isTrue();
    }

    @Test
    void badRatingsFilesAreDataErrorsNamingFileAndLine() throws Exception {
        Path noHeader = csv("nohead.csv", "i1,a,good\ni1,b,good\n");
        CliTest.Run r = run("agreement", "--ratings", noHeader.toString());
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains(noHeader + ":1: expected the header 'item,reviewer,label'");
        assertThat(r.out()).isEmpty();

        Path duplicate = csv("dup.csv", "item,reviewer,label\ni1,a,good\ni1,b,good\ni1,a,off\n");
        r = run("agreement", "--ratings", duplicate.toString(), "--json");
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains(duplicate + ":4: reviewer 'a' already rated item 'i1' on line 2");

        Path empty = csv("empty.csv", "");
        r = run("agreement", "--ratings", empty.toString());
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains(empty + ":1: the file is empty");

        Path fields = csv("fields.csv", "item,reviewer,label\ni1,a,good\ni1,b\n");
        r = run("agreement", "--ratings", fields.toString());
        assertThat(r.err()).contains(fields + ":3: expected 3 fields");

        r = run("agreement", "--ratings", dir.resolve("missing.csv").toString());
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains("missing.csv: file not found");

        r = run("agreement", "--ratings", csv("r.csv", HAND_TABLE).toString(), "--labels", "good,bad");
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains("label 'off' is used but not part of the declared scale");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        String f = csv("r.csv", HAND_TABLE).toString();
        assertThat(run("agreement", "--ratings", f, "--resamples", "-1").exit()).isEqualTo(2);
        assertThat(run("agreement", "--ratings", f, "--db", TestDatabases.location(dir.resolve("x.db"))).exit()).isEqualTo(2);
        assertThat(run("agreement", "--ratings", f, "--scale", "ordinal").exit()).isEqualTo(2);
        assertThat(run("agreement", "--ratings", f, "--scale", "fuzzy", "--labels", "a").exit()).isEqualTo(2);
        assertThat(run("agreement", "--ratings", f, "--resamples", "many").exit()).isEqualTo(2);
        CliTest.Run r = run("agreement", "--bogus");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'");
        assertThat(run("bench", "nothing").err()).contains("known: ingest, review, agreement");
    }

    @Test
    void storeModeAnalysesTheLatestReviews() throws Exception {
        Path dbFile = dir.resolve("r.db");
        Database db = TestDatabases.open(dbFile);
        String at = TestDatabases.location(dbFile);
        ReviewRows.flaggedItems(db, dir, 4, 1);
        ReviewRows rows = ReviewRows.into(db).reviewer("ana", "Ana").reviewer("ben", "Ben").reviewer("cy", "Cy")
                .lead("lee", "Lee");
        String[] lines = HAND_TABLE.strip().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            rows.review("fi-g" + f[0].substring(1), f[1], f[2], "2026-11-17T10:00:00Z");
        }
        rows.review("fi-c0", "ana", 1, true, "off", "Use --retry.", 1, 3, false, "2026-11-18T10:00:00Z")
                .review("fi-c0", "ben", 1, true, "off", "Use --retry.", 1, 0, false, "2026-11-18T10:00:00Z");

        CliTest.Run r = run("agreement", "--db", at, "--json", "--resamples", "100", "--as", "Lee");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(keys(j)).containsAll(ISSUE_KEYS).contains("best_attempt", "worst_attempt", "corrections",
                "per_week", "label_set", "reference");
        assertThat(keys(j).get(keys(j).size() - 1)).isEqualTo("warnings");
        assertThat(j.get("items").asInt()).isEqualTo(5);
        assertThat(j.get("source").get("kind").asText()).isEqualTo("store");
        assertThat(j.get("source").get("name").asText()).isEqualTo(db.displayName());
        assertThat(j.get("reference").asText()).isEqualTo("majority");
        assertThat(j.get("best_attempt").get("percent_agreement").asDouble()).isEqualTo(1.0);
        assertThat(j.get("best_attempt").has("per_item")).isFalse();
        assertThat(j.get("worst_attempt").get("percent_agreement").asDouble()).isEqualTo(0.0);
        assertThat(j.get("corrections").get("agreeing_items").asInt()).isEqualTo(1);
        assertThat(j.get("corrections").get("per_item").get(0).get("consensus_reviewer").asText()).isEqualTo("ana");
        assertThat(j.get("per_week")).hasSize(1);
        assertThat(j.get("per_week").get(0).get("week").asText()).isEqualTo("2026-W47");

        CliTest.Run nobody = run("agreement", "--db", at, "--json", "--resamples", "10");
        assertThat(nobody.exit()).as("per-item rows need a viewer").isEqualTo(2);
        assertThat(nobody.err()).contains("--as NAME");
        JsonNode asCy = JSON.readTree(run("agreement", "--db", at, "--json", "--resamples", "10",
                "--as", "Cy").out());
        assertThat(asCy.get("fleiss_kappa")).isEqualTo(j.get("fleiss_kappa"));
        assertThat(asCy.get("per_item").size()).isEqualTo(j.get("per_item").size() - asCy.get("hidden_items").asInt());
        assertThat(asCy.get("corrections").get("per_item")).as("Cy reviewed no chain").isEmpty();

        CliTest.Run text = run("agreement", "--db", at, "--resamples", "50");
        assertThat(text.out()).contains("Latest reviews in " + db.displayName(), "Best attempt (1 chains",
                "Corrections: 1 items with a correction, 1 with two or more; 1 of those agree", "2026-W47");
    }
}
