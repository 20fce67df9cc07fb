package dev.concord.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.curate.ExportPolicy;
import dev.concord.export.ExportException;
import dev.concord.export.ExportFolder;
import dev.concord.export.LayoutCheck;
import dev.concord.export.PolicyJson;
import dev.concord.model.CancelledException;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;
import dev.concord.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportSafetyTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void setUp() throws Exception {
        db = ExportScenario.build(dir);
    }

    static ExportService at(Database db, String instant) {
        return new ExportService(db, Redactor.standard(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    static Map<String, byte[]> contents(Path root) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    @Test
    void sameDatabaseAndPolicyGiveByteIdenticalFiles() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        at(db, "2026-12-01T10:00:00Z").export(ExportPolicy.defaults(), a, x -> { }, ProgressListener.NONE);
        at(db, "2026-12-02T11:30:00Z").export(ExportPolicy.defaults(), b, x -> { }, ProgressListener.NONE);
        Map<String, byte[]> ca = contents(a);
        Map<String, byte[]> cb = contents(b);
        assertThat(ca.keySet()).isEqualTo(cb.keySet()).contains("eval/golden.jsonl", "eval/regression.jsonl",
                "train/sft.jsonl", "train/sft.meta.jsonl", "train/dpo.jsonl", "train/kto.jsonl", "manifest.json");
        for (String f : ca.keySet()) {
            if (!f.equals("manifest.json")) {
                assertThat(ca.get(f)).as(f).isEqualTo(cb.get(f));
            }
        }
        ObjectNode ma = (ObjectNode) LayoutCheck.JSON.readTree(ca.get("manifest.json"));
        ObjectNode mb = (ObjectNode) LayoutCheck.JSON.readTree(cb.get("manifest.json"));
        assertThat(ma.get("created_at").asText()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(ma.remove("created_at")).isNotEqualTo(mb.remove("created_at"));
        assertThat(ma).as("only created_at differs").isEqualTo(mb);
    }

    @Test
    void manifestDescribesTheExport() throws Exception {
        Path out = dir.resolve("out");
        ExportReport r = at(db, "2026-12-01T10:00:00Z").export(ExportPolicy.defaults(), out, x -> { }, ProgressListener.NONE);
        JsonNode m = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(m.get("format").asText()).isEqualTo("concord-export/1");
        assertThat(m.get("concord_version").asText()).isEqualTo(AppVersion.current());
        assertThat(m.get("database").asText()).as("the path, redacted like every manifest text")
                .isEqualTo(Redactor.standard().redact(db.displayName(), null));
        assertThat(PolicyJson.parse("manifest", m.get("policy").toString())).isEqualTo(ExportPolicy.defaults());
        long total = 0;
        for (var it = m.get("files").fields(); it.hasNext(); ) {
            var e = it.next();
            byte[] bytes = Files.readAllBytes(out.resolve(e.getKey()));
            assertThat(e.getValue().get("sha256").asText()).as(e.getKey())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            if (!e.getValue().has("rows")) {
                assertThat(e.getKey()).as("only files without rows lack a count").isEqualTo("README.md");
                continue;
            }
            assertThat(e.getValue().get("rows").asLong()).isEqualTo(LayoutCheck.read(out.resolve(e.getKey())).size());
            if (e.getValue().has("by_origin")) {
                total += e.getValue().get("rows").asLong();
                assertThat(e.getValue().get("by_origin").get("reviewed").asLong()
                        + e.getValue().get("by_origin").get("automatic").asLong()).isEqualTo(e.getValue().get("rows").asLong());
            }
        }
        assertThat(m.get("totals").get("rows").asLong()).isEqualTo(total).isEqualTo(r.tally().totalRows());
        assertThat(m.get("excluded").get("too-few-reviews").asLong()).isEqualTo(1);
        assertThat(m.get("sources").get("not_yet_reviewed").asLong()).isEqualTo(1);
        assertThat(m.get("agreement").get("items").asInt()).isEqualTo(10);
        assertThat(m.get("agreement").has("fleiss_kappa")).isTrue();
        assertThat(m.get("agreement").get("ci").has("fleiss_kappa")).isTrue();
        assertThat(m.get("agreement").has("per_item")).isFalse();
        assertThat(m.get("reviewers")).extracting(n -> n.get("id").asText()).containsExactly("ann", "bob", "cy", "lee");
        assertThat(m.get("recency").get("as_of").asText()).startsWith("2026-11-20T");
    }

    @Test
    void cancelledExportLeavesThePreviousExportIntactAndNothingPartial() throws Exception {
        Path out = dir.resolve("exports").resolve("latest");
        ExportService service = at(db, "2026-12-01T10:00:00Z");
        ExportPolicy first = ExportPolicy.defaults();
        service.export(first, out, x -> { }, ProgressListener.NONE);
        Map<String, byte[]> before = contents(out);

        ExportPolicy second = first.with(ExportPolicy.DpoLayout.OPENAI);
        int[] polls = {0};
        ProgressListener cancelMidway = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++polls[0] > 20;
            }
        };
        assertThatThrownBy(() -> service.export(second, out, x -> { }, cancelMidway)).isInstanceOf(CancelledException.class);
        assertThat(polls[0]).as("cancelled during the second pass, after eval rows were written").isGreaterThan(20);
        assertThat(contents(out)).usingRecursiveComparison().isEqualTo(before);
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("latest");
        }
        assertThat(service.savedPolicy()).contains(first);
    }

    @Test
    void reExportReplacesThePreviousExportWhole() throws Exception {
        Path out = dir.resolve("out");
        ExportService service = at(db, "2026-12-01T10:00:00Z");
        service.export(ExportPolicy.defaults(), out, x -> { }, ProgressListener.NONE);
        ExportReport r = service.export(ExportPolicy.defaults().with(ExportPolicy.DpoLayout.OPENAI), out, x -> { },
                ProgressListener.NONE);
        List<JsonNode> dpo = LayoutCheck.read(out.resolve("train/dpo.jsonl"));
        assertThat(dpo).isNotEmpty().hasSameSizeAs(LayoutCheck.read(out.resolve("train/dpo.meta.jsonl")));
        dpo.forEach(row -> assertThat(LayoutCheck.problems("openai-dpo", row)).isEmpty());
        assertThat(r.folder()).isEqualTo(out.toAbsolutePath());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
    }

    @Test
    void refusesAFolderThatHoldsSomethingElse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(out.resolve("thesis.txt"), "precious");
        assertThatThrownBy(() -> at(db, "2026-12-01T10:00:00Z").export(ExportPolicy.defaults(), out, x -> { },
                ProgressListener.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("not a Concord export");
        assertThat(Files.readString(out.resolve("thesis.txt"))).isEqualTo("precious");
    }

    static List<String> hiddenBeside(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    private ExportReport exportTo(Path out) {
        return at(db, "2026-12-01T10:00:00Z").export(ExportPolicy.defaults(), out, x -> { }, ProgressListener.NONE);
    }

    @Test
    void aFolderWithAManifestAndSourcesIsRefusedAndLeftUntouched() throws Exception {
        Path out = Files.createDirectories(dir.resolve("project"));
        Files.writeString(out.resolve("manifest.json"), "{\"name\": \"my web app\", \"version\": 2}");
        Files.createDirectories(out.resolve("src"));
        Files.writeString(out.resolve("src/Main.java"), "class Main {}");
        Map<String, byte[]> before = contents(out);
        assertThatThrownBy(() -> exportTo(out)).isInstanceOf(ExportException.class)
                .hasMessageContaining("not a Concord export").hasMessageContaining("nothing was changed");
        assertThat(contents(out)).usingRecursiveComparison().isEqualTo(before);
        assertThat(out.resolve("src")).isDirectory();
        assertThat(hiddenBeside(out)).isEmpty();
    }

    @Test
    void aPreviousExportWithAFolderAddedIsRefusedAndKeepsThatFolder() throws Exception {
        Path out = dir.resolve("out");
        exportTo(out);
        Files.createDirectories(out.resolve("src"));
        Files.writeString(out.resolve("src/notes.txt"), "mine");
        Map<String, byte[]> before = contents(out);
        assertThatThrownBy(() -> exportTo(out)).isInstanceOf(ExportException.class)
                .hasMessageContaining("it also holds src/,").hasMessageContaining("nothing was changed");
        assertThat(contents(out)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void aFolderWhoseManifestListsFilesThatAreNotThereIsRefused() throws Exception {
        Path out = dir.resolve("out");
        exportTo(out);
        Files.delete(out.resolve("train/kto.jsonl"));
        Map<String, byte[]> before = contents(out);
        assertThatThrownBy(() -> exportTo(out)).isInstanceOf(ExportException.class)
                .hasMessageContaining("train/kto.jsonl").hasMessageContaining("nothing was changed");
        assertThat(contents(out)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void anEmptyFolderLeftInsideAPreviousExportIsRefused() throws Exception {
        Path out = dir.resolve("out");
        exportTo(out);
        Files.createDirectories(out.resolve("drafts"));
        assertThatThrownBy(() -> exportTo(out)).isInstanceOf(ExportException.class).hasMessageContaining("drafts");
        assertThat(out.resolve("drafts")).isDirectory();
    }

    @Test
    void leftoversOfKilledExportsAreRemovedAndReported() throws Exception {
        Path out = dir.resolve("out");
        exportTo(out);
        Path tmp = Files.createDirectories(dir.resolve(".out.tmp-123").resolve("eval"));
        Files.writeString(tmp.resolve("golden.jsonl"), "{\"id\":\"golden:fi-good\"");
        Path old = dir.resolve(".out.old-456");
        for (Map.Entry<String, byte[]> e : contents(out).entrySet()) {
            Files.createDirectories(old.resolve(e.getKey()).getParent());
            Files.write(old.resolve(e.getKey()), e.getValue());
        }
        Path otherTarget = Files.createDirectories(dir.resolve(".other.tmp-9"));
        ExportReport r = exportTo(out);
        assertThat(r.leftovers().removed()).containsExactlyInAnyOrder(tmp.getParent(), old);
        assertThat(r.leftovers().kept()).isEmpty();
        assertThat(hiddenBeside(out)).containsExactly(".other.tmp-9");
        assertThat(otherTarget).isDirectory();
        assertThat(out.resolve("manifest.json")).exists();
    }

    @Test
    void aLeftoverHoldingFilesNoExportWritesIsKeptAndReported() throws Exception {
        Path out = dir.resolve("out");
        Path odd = Files.createDirectories(dir.resolve(".out.tmp-77"));
        Files.writeString(odd.resolve("thesis.txt"), "precious");
        ExportReport r = exportTo(out);
        assertThat(r.leftovers().removed()).isEmpty();
        assertThat(r.leftovers().kept()).containsOnlyKeys(odd);
        assertThat(r.leftovers().kept().get(odd)).contains("thesis.txt");
        assertThat(odd.resolve("thesis.txt")).hasContent("precious");
    }

    @Test
    void theTemporaryFolderOfARunningExportIsNotALeftover() throws Exception {
        Path out = dir.resolve("out");
        try (ExportFolder running = ExportFolder.prepare(out)) {
            Files.createDirectories(running.temp().resolve("eval"));
            Files.writeString(running.temp().resolve("eval/golden.jsonl"), "");
            ExportReport r = exportTo(out);
            assertThat(r.leftovers().removed()).isEmpty();
            assertThat(r.leftovers().kept()).containsOnlyKeys(running.temp());
            assertThat(r.leftovers().kept().get(running.temp())).contains("in use");
            assertThat(running.temp().resolve("eval/golden.jsonl")).exists();
        }
        assertThat(hiddenBeside(out)).isEmpty();
    }

    @Test
    void everyTextInTheManifestPassesTheRedactor() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jane.doe@example.com"));
        Database mine = ExportScenario.build(home);
        mine.inTransaction(c -> {
            try (var ps = c.prepareStatement("UPDATE reviewers SET name = ? WHERE id = 'ann'")) {
                ps.setString(1, "ann.smith@example.org");
                return ps.executeUpdate();
            }
        });
        Path out = home.resolve("out");
        at(mine, "2026-12-01T10:00:00Z").export(ExportPolicy.defaults(), out, x -> { }, ProgressListener.NONE);
        String text = Files.readString(out.resolve("manifest.json"));
        assertThat(text).doesNotContain("ann.smith", "jane.doe", "example.org", "example.com").contains("[EMAIL]");
        JsonNode m = LayoutCheck.JSON.readTree(text);
        assertThat(m.get("reviewers").get(0).get("id").asText()).isEqualTo("ann");
        assertThat(m.get("reviewers").get(0).get("name").asText()).isEqualTo("[EMAIL]");
    }

    @Test
    void aLinkToAPreviousExportIsFollowedAndKept() throws Exception {
        Path real = dir.resolve("exports-2026");
        exportTo(real);
        Path link = Files.createSymbolicLink(dir.resolve("latest"), real);
        ExportReport r = at(db, "2026-12-01T10:00:00Z").export(ExportPolicy.defaults().with(ExportPolicy.DpoLayout.OPENAI),
                link, x -> { }, ProgressListener.NONE);
        assertThat(r.folder()).isEqualTo(real.toRealPath());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(link.resolve("train/dpo.meta.jsonl")).exists();
    }
}
