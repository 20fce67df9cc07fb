package dev.concord.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.curate.CurationPolicy;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.export.LayoutCheck;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ExportServiceTest {
    @TempDir
    Path dir;
    Database db;
    ExportService service;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        db = ExportScenario.build(dir);
        service = new ExportService(db, dev.concord.redact.Redactor.standard(), CLOCK);
    }

    static ExportPolicy shares(double heldOut, double automaticEval) {
        ExportPolicy p = ExportPolicy.defaults();
        return p.with(p.curation().withShares(heldOut, automaticEval));
    }

    static Map<String, ExclusionReason> bySourceFirst(List<Exclusion> xs) {
        return xs.stream().collect(Collectors.toMap(Exclusion::source, Exclusion::reason, (a, b) -> a));
    }

    static List<String> ids(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> field.isEmpty() ? r.get("id").asText() : r.get(field).get("id").asText()).toList();
    }

    @Test
    void everyConsensusOutcomeIsReportedItemByItem() {
        List<Exclusion> xs = new ArrayList<>();
        ExportReport r = service.preview(shares(0, 0), xs::add, ProgressListener.NONE);
        Map<String, ExclusionReason> first = bySourceFirst(xs);
        assertThat(first).containsEntry("fi-one", ExclusionReason.TOO_FEW_REVIEWS)
                .containsEntry("fi-split", ExclusionReason.LABELS_DISAGREE)
                .containsEntry("fi-expert", ExclusionReason.NEEDS_EXPERT)
                .containsEntry("fi-fixdiff", ExclusionReason.CORRECTIONS_DISAGREE);
        assertThat(xs).filteredOn(x -> x.reason() == ExclusionReason.PII).extracting(Exclusion::source)
                .containsOnly("fi-pii").hasSize(3);
        assertThat(xs).filteredOn(x -> x.reason() == ExclusionReason.PII).extracting(Exclusion::detail)
                .allSatisfy(d -> assertThat(d).contains("email").doesNotContain("jane.doe"));
        assertThat(r.tally().reviewedItems()).isEqualTo(10);
        assertThat(r.tally().agreedItems()).as("fi-fixdiff's labels agree but its corrections do not: not agreed")
                .isEqualTo(6);
        assertThat(r.tally().awaitingLead()).as("fi-split, fi-expert, fi-fixdiff").isEqualTo(3);
        assertThat(r.unreviewed()).isEqualTo(1);
        assertThat(r.tally().excluded(ExclusionReason.TOO_FEW_REVIEWS)).isEqualTo(1);
        assertThat(r.isPreview()).isTrue();
    }

    @Test
    void trainSideHoldsAgreedItemsAndAutomaticCandidatesInEveryLayout() throws Exception {
        Path out = dir.resolve("out");
        ExportReport r = service.export(shares(0, 0), out, x -> { }, ProgressListener.NONE);
        assertThat(LayoutCheck.read(out.resolve("eval/golden.jsonl"))).isEmpty();
        List<JsonNode> sft = LayoutCheck.read(out.resolve("train/sft.jsonl"));
        List<JsonNode> meta = LayoutCheck.read(out.resolve("train/sft.meta.jsonl"));
        assertThat(sft).hasSameSizeAs(meta).hasSize(5);
        for (JsonNode row : sft) {
            assertThat(LayoutCheck.problems("openai-sft", row)).isEmpty();
            assertThat(LayoutCheck.problems("trl-sft", row)).isEmpty();
            assertThat(row.size()).as("nothing but messages").isEqualTo(1);
        }
        assertThat(ids(meta, "")).containsExactly("sft:fi-adj", "sft:fi-fix", "sft:fi-good", "sft:sft-corrected:d1", "sft:sft:u1");
        assertThat(meta).extracting(m -> m.get("origin").asText()).containsExactly("reviewed", "reviewed", "reviewed",
                "automatic", "automatic");
        assertThat(sft.get(1).get("messages").get(2).get("content").asText()).isEqualTo("Eight.");

        List<JsonNode> dpo = LayoutCheck.read(out.resolve("train/dpo.jsonl"));
        dpo.forEach(row -> assertThat(LayoutCheck.problems("trl-dpo", row)).isEmpty());
        assertThat(ids(dpo, "concord")).containsExactly("dpo:fi-c1:picks", "dpo:fi-fix", "dpo:dpo-edit:e1", "dpo:dpo-correction:d1");
        JsonNode picks = dpo.get(0);
        assertThat(picks.get("chosen").get(0).get("content").asText()).startsWith("Soft rain on tin roofs");
        assertThat(picks.get("rejected").get(0).get("content").asText()).isEqualTo("Rain rain rain.");
        assertThat(picks.get("weight").asDouble()).isBetween(0.0, 1.0);

        List<JsonNode> kto = LayoutCheck.read(out.resolve("train/kto.jsonl"));
        kto.forEach(row -> assertThat(LayoutCheck.problems("trl-kto", row)).isEmpty());
        assertThat(kto).filteredOn(k -> !k.get("label").asBoolean()).extracting(k -> k.get("concord").get("id").asText())
                .contains("kto:fi-nocorr:false", "kto:fi-fixdiff:false", "kto:fi-c1:false", "kto:fi-pii:false");
        assertThat(Files.exists(out.resolve("train/dpo.meta.jsonl"))).isFalse();
        assertThat(r.tally().excluded(ExclusionReason.DUPLICATE)).as("u2 repeats fi-good's prompt").isEqualTo(2);
    }

    @Test
    void evalSideHoldsHeldOutItemsWithProvenance() throws Exception {
        Path out = dir.resolve("out");
        service.export(shares(1, 1), out, x -> { }, ProgressListener.NONE);
        List<JsonNode> golden = LayoutCheck.read(out.resolve("eval/golden.jsonl"));
        assertThat(ids(golden, "")).containsExactly("golden:fi-adj", "golden:fi-good", "golden:golden-eval:u1");
        JsonNode adj = golden.get(0);
        assertThat(adj.get("held_out").asBoolean()).isTrue();
        assertThat(adj.get("signals").get(0).asText()).isEqualTo("downvote-no-correction");
        assertThat(adj.get("provenance").get("lead").asText()).isEqualTo("lee");
        assertThat(adj.get("provenance").get("reviewers")).extracting(JsonNode::asText).containsExactly("ann", "bob", "lee");
        assertThat(adj.get("provenance").get("agreement").asDouble()).isEqualTo(0.5);
        List<JsonNode> regression = LayoutCheck.read(out.resolve("eval/regression.jsonl"));
        assertThat(ids(regression, "")).containsExactly("regression:fi-fix", "regression:regression-eval:d1");
        assertThat(regression.get(0).get("expected").asText()).isEqualTo("Eight.");
        assertThat(regression.get(0).get("bad_answer").asText()).isEqualTo("Six.");
        assertThat(regression.get(0).get("label").asText()).isEqualTo("wrong");
        assertThat(regression.get(1).get("origin").asText()).isEqualTo("automatic");
        assertThat(regression.get(1).get("held_out").asBoolean()).isFalse();
        List<JsonNode> sft = LayoutCheck.read(out.resolve("train/sft.jsonl"));
        assertThat(sft).as("every SFT source went to eval").isEmpty();
    }

    @Test
    void leakageGuardKeepsAnEvalPromptOutOfTraining() throws Exception {
        List<Exclusion> xs = new ArrayList<>();
        ExportReport r = service.preview(shares(1, 0), xs::add, ProgressListener.NONE);
        assertThat(xs).filteredOn(x -> x.reason() == ExclusionReason.LEAKAGE).extracting(Exclusion::source)
                .containsOnly("sft:u2");
        assertThat(r.tally().excluded(ExclusionReason.LEAKAGE)).isEqualTo(2);
    }

    @Test
    void automaticCandidatesCanBeLeftOut() {
        ExportPolicy p = shares(0, 0);
        ExportReport r = service.preview(p.with(p.curation().withIncludeAutomatic(false)), x -> { }, ProgressListener.NONE);
        assertThat(r.tally().totalRows(dev.concord.curate.Origin.AUTOMATIC)).isZero();
        assertThat(r.tally().totalRows(dev.concord.curate.Origin.REVIEWED)).isPositive();
        assertThat(r.tally().candidates()).isZero();
    }
}
