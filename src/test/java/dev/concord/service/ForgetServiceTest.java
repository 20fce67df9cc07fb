package dev.concord.service;

import dev.concord.curate.ExportPolicy;
import dev.concord.model.ProgressListener;
import dev.concord.review.ReviewDraft;
import dev.concord.store.Database;
import dev.concord.testing.TestDatabases;
import dev.concord.store.ErasedCounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Users as keyed pseudonyms, consent, and forgetting with tombstones (issue 12 §4). */
class ForgetServiceTest {
    static final String LOG = String.join("\n",
            gen("g1", "s1", "alice@corp", "How do I reset my router?", "Hold the button for 10 s."),
            "{\"type\":\"feedback\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"down\",\"user\":\"alice@corp\"}",
            gen("g2", "s1", "alice@corp", "It still blinks red", "Call support."),
            gen("g3", "s2", "bob", "What is a mutex?", "A lock for one thread at a time."),
            "{\"type\":\"feedback\",\"generation\":\"g3\",\"ts\":\"2026-11-20T10:05:00Z\",\"rating\":\"up\"}",
            gen("g4", "s3", "carol", "Order 77 is late, where is it?", "It ships tomorrow."),
            "{\"type\":\"feedback\",\"generation\":\"g4\",\"ts\":\"2026-11-20T10:06:00Z\",\"rating\":\"down\"}") + "\n";

    static String gen(String id, String session, String user, String prompt, String output) {
        return "{\"type\":\"generation\",\"id\":\"" + id + "\",\"session\":\"" + session + "\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"user\":\"" + user + "\",\"prompt\":\"" + prompt + "\",\"output\":\"" + output + "\"}";
    }

    @TempDir
    Path dir;
    private Database db;
    private Path log;

    @BeforeEach
    void ingest() throws Exception {
        db = TestDatabases.open(dir.resolve("t.db"));
        log = Files.writeString(dir.resolve("log.jsonl"), LOG);
        new ImportService(db).ingest(List.of(log), ProgressListener.NONE);
    }

    @Test
    void theUserIsStoredOnlyAsAKeyedPseudonym() throws Exception {
        assertThat(strings("SELECT DISTINCT user_key FROM generations WHERE session = 's1'"))
                .singleElement().asString().matches("user-[0-9a-f]{16}");
        assertThat(strings("SELECT user_key FROM signals WHERE generation = 'g1'"))
                .isEqualTo(strings("SELECT DISTINCT user_key FROM generations WHERE session = 's1'"));
        db = null;
        for (Path f : Files.list(dir).filter(p -> p.getFileName().toString().startsWith("t.db")).toList()) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("alice@corp", "carol");
        }
    }

    @Test
    void forgettingAUserErasesTheirSessionsWithItemsCandidatesAndReviews() throws Exception {
        ReviewerService people = new ReviewerService(db);
        String ann = people.add("Ann", false).id();
        try (ReviewService reviews = new ReviewService(db)) {
            reviews.submit(ann, "fi-g1", new ReviewDraft("wrong", null, null, null, false, "router question"));
        }
        ForgetService forget = new ForgetService(db);
        ForgetService.Result preview = forget.preview(new ForgetService.Target.User("alice@corp"));
        ForgetService.Result done = forget.forget(new ForgetService.Target.User("alice@corp"));

        assertThat(done.erased()).isEqualTo(preview.erased());
        assertThat(done.erased()).isEqualTo(new ErasedCounts(1, 3, 1, 0, 1));
        assertThat(count("SELECT COUNT(*) FROM generations WHERE session = 's1'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM reviews")).isZero();
        assertThat(count("SELECT COUNT(*) FROM flagged_items WHERE session = 's1'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM generations")).isEqualTo(2);
        assertThat(strings("SELECT kind FROM erasures")).containsExactly("user");
    }

    @Test
    void forgettingTwiceErasesNothingTheSecondTime() {
        ForgetService forget = new ForgetService(db);
        forget.forget(new ForgetService.Target.Session("s2"));
        ForgetService.Result again = forget.forget(new ForgetService.Target.Session("s2"));
        assertThat(again.erased()).isEqualTo(ErasedCounts.NONE);
        assertThat(count("SELECT COUNT(*) FROM erasures")).isEqualTo(1);
    }

    @Test
    void aLaterIngestOfTheSameLogDoesNotBringForgottenDataBack() {
        ForgetService forget = new ForgetService(db);
        forget.forget(new ForgetService.Target.User("alice@corp"));
        forget.forget(new ForgetService.Target.Matching("ORDER 77"));

        IngestReport again = new ImportService(db).ingest(List.of(log), ProgressListener.NONE);

        assertThat(again.eventsStored()).isZero();
        assertThat(again.consent().forgotten()).isEqualTo(5);
        assertThat(strings("SELECT session FROM generations")).containsExactly("s2");
        assertThat(count("SELECT COUNT(*) FROM flagged_items")).isZero();
    }

    @Test
    void forgettingBeforeTheIngestKeepsTheSessionOut() throws Exception {
        Database fresh = TestDatabases.open(dir.resolve("fresh.db"));
        new ForgetService(fresh).forget(new ForgetService.Target.Session("s3"));
        IngestReport r = new ImportService(fresh).ingest(List.of(log), ProgressListener.NONE);
        assertThat(r.consent().forgotten()).isEqualTo(2);
        assertThat(r.eventsStored()).isEqualTo(5);
    }

    @Test
    void theErasureLogHoldsCountsAndHashesButNotTheTarget() {
        new ForgetService(db).forget(new ForgetService.Target.Matching("router"));
        assertThat(strings("SELECT kind || ' ' || target_hash || ' ' || sessions || ' ' || events FROM erasures"))
                .singleElement().asString().matches("matching [0-9a-f]{64} 1 3").doesNotContain("router");
        assertThat(strings("SELECT hash FROM tombstones")).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void theNextExportLeavesForgottenDataOutAndItsManifestCountsErasures() throws Exception {
        new ForgetService(db).forget(new ForgetService.Target.Session("s2"));
        Path out = dir.resolve("export");
        new ExportService(db).export(ExportPolicy.defaults(), out, x -> { }, ProgressListener.NONE);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("erasures").path("requests").asLong()).isEqualTo(1);
        assertThat(manifest.path("erasures").path("sessions").asLong()).isEqualTo(1);
        assertThat(manifest.path("erasures").path("events").asLong()).isEqualTo(2);
        for (Path f : Files.walk(out).filter(Files::isRegularFile).toList()) {
            assertThat(Files.readString(f)).doesNotContain("mutex");
        }
    }

    @Test
    void aMatchingTextThatHoldsPersonalDataIsSaidToBeRedactedBeforeStoring() {
        ForgetService.Result r = new ForgetService(db).preview(new ForgetService.Target.Matching("jane@example.com"));
        assertThat(r.redactedText()).isTrue();
        assertThat(r.erased()).isEqualTo(ErasedCounts.NONE);
    }

    private long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
