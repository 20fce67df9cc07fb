package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.curate.ExportPolicy;
import dev.concord.model.ProgressListener;
import dev.concord.review.Viewer;
import dev.concord.service.AgreementAnalysis;
import dev.concord.service.AgreementAnalysisText;
import dev.concord.service.AgreementRequest;
import dev.concord.service.AgreementService;
import dev.concord.service.ExportReport;
import dev.concord.service.ExportService;
import dev.concord.store.Database;
import dev.concord.store.ReviewRows;
import dev.concord.store.SyntheticReviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static dev.concord.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Agreement tab (AgreementService with the default request, as its view-model asks), {@code concord
 * agreement}, the export manifest and the export dialog's report show the same figures for the same database,
 * with the same label set and reference.
 */
class OneSetOfFiguresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIGURES = List.of("percent_agreement", "fleiss_kappa", "krippendorff_alpha",
            "gwet_ac1", "mean_cohen_kappa");

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void reviewed() throws Exception {
        file = dir.resolve("figures.db");
        Database db = TestDatabases.open(file);
        List<String> items = ReviewRows.flaggedItems(db, dir, 30, 6);
        SyntheticReviews.fill(db, items, items.subList(30, 36), 4, 11);
    }

    @Test
    void tabCliManifestAndDialogAgreeOnEveryHeadlineFigure() throws Exception {
        AgreementAnalysis tab;
        ExportReport dialog;
        Database db = TestDatabases.open(file);
        tab = new AgreementService(db).analyseStore(AgreementRequest.defaults(), Viewer.NOBODY, ProgressListener.NONE);
        dialog = new ExportService(db).preview(ExportPolicy.defaults(), x -> { }, true, ProgressListener.NONE);
        CliTest.Run cli = run("agreement", "--db", TestDatabases.location(file), "--json", "--as", "Lee (lead)");
        assertThat(cli.exit()).isZero();
        JsonNode json = JSON.readTree(cli.out());
        CliTest.Run export = run("export", "--db", TestDatabases.location(file), "--out", dir.resolve("out").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        JsonNode manifest = JSON.readTree(dir.resolve("out/manifest.json").toFile()).get("agreement");

        assertThat(tab.labelSet().labels()).hasSize(6);
        for (String key : FIGURES) {
            Double value = tab.report().headline(key);
            assertThat(value).as(key).isNotNull();
            assertThat(json.get(key).asDouble()).as("cli " + key).isEqualTo(value);
            assertThat(manifest.get(key).asDouble()).as("manifest " + key).isEqualTo(value);
            assertThat(json.get("ci").get(key)).as("cli interval " + key).isEqualTo(manifest.get("ci").get(key));
            assertThat(json.get("ci").get(key).get(0).asDouble()).isEqualTo(tab.report().ci().get(key).low());
        }
        assertThat(dialog.agreement()).isNotNull();
        assertThat(dialog.agreement().report().gwetAc1()).isEqualTo(tab.report().gwetAc1());
        String line = AgreementAnalysisText.headline(dialog.agreement());
        assertThat(line).contains(String.format(Locale.ROOT, "Gwet's AC1 %.3f [%.3f, %.3f]", tab.report().gwetAc1(),
                tab.report().ci().get("gwet_ac1").low(), tab.report().ci().get("gwet_ac1").high()));

        for (JsonNode source : List.of(json, manifest)) {
            assertThat(source.get("labels")).isEqualTo(json.get("labels"));
            assertThat(source.get("label_set").get("labels")).hasSize(6);
            assertThat(source.get("label_set").get("description").asText()).isEqualTo(tab.labelSetDescription());
            assertThat(source.get("reference").asText()).isEqualTo(tab.reference()).isEqualTo("adjudicated-else-majority");
            assertThat(source.get("reference_description").asText()).isEqualTo(tab.referenceDescription());
            assertThat(source.get("seed").asLong()).isEqualTo(tab.report().seed());
            assertThat(source.get("bootstrap_resamples").asInt()).isEqualTo(tab.report().bootstrapResamples());
        }
        assertThat(line).contains(tab.labelSetDescription(), tab.referenceDescription());
        assertThat(manifest.has("per_item")).as("the manifest holds no per-item rows").isFalse();
        assertThat(manifest.get("corrections") == null || !manifest.get("corrections").has("per_item")).isTrue();
    }

    @Test
    void cliShowsReviewerNamesAndJsonCarriesIdsAndNames() {
        CliTest.Run text = run("agreement", "--db", TestDatabases.location(file), "--resamples", "0");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Amara / Bo", "Label set: the project label set, nominal, 6 labels",
                "Reference for per-reviewer agreement: the lead's label on the");
        assertThat(text.out()).doesNotContainPattern("(?m)^  amara ");
        CliTest.Run json = run("agreement", "--db", TestDatabases.location(file), "--resamples", "0", "--json", "--as", "Lee (lead)");
        JsonNode root;
        try {
            root = JSON.readTree(json.out());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        JsonNode pair = root.get("cohen_kappa").get(0);
        assertThat(pair.get("a").asText()).isEqualTo("amara");
        assertThat(pair.get("a_name").asText()).isEqualTo("Amara");
        assertThat(root.get("per_reviewer").get(0).get("name").asText()).isEqualTo("Amara");
        assertThat(root.get("reviewer_names").get("bo").asText()).isEqualTo("Bo");
    }
}
