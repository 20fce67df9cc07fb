package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.service.LeadsQueueMatchesExportTest;
import dev.concord.service.ReviewerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code concord disagreements}: the leads' queue, the same items as {@code export --preview --list-excluded}. */
class DisagreementsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static String db;
    private static LeadsQueueMatchesExportTest.Seeded seeded;

    @BeforeAll
    static void seed() throws Exception {
        seeded = new LeadsQueueMatchesExportTest.Seeded(dir, 7);
        db = TestDatabases.location(dir.resolve("seeded.db"));
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
        return list;
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, List<String>> exportItemLevel() {
        CliTest.Run r = CliTest.run("export", "--db", db, "--preview", "--list-excluded");
        assertThat(r.exit()).isZero();
        List<String[]> xs = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 4) {
                xs.add(f);
            }
        }
        return LeadsQueueMatchesExportTest.exportItemLevel(xs);
    }

    @Test
    void jsonQueueIsWhatExportLeavesOutForAnItemLevelReasonMinusDecidedItems() throws Exception {
        CliTest.Run open = CliTest.run("disagreements", "--db", db, "--as", "Lea", "--json");
        assertThat(open.exit()).as(open.err()).isZero();
        Map<String, List<String>> queue = new TreeMap<>();
        for (JsonNode n : lines(open.out())) {
            assertThat(n.get("reviews").asInt()).isPositive();
            assertThat(n.has("decided_by")).isFalse();
            queue.put(n.get("item").asText(), codes(n.get("reasons")));
        }
        CliTest.Run all = CliTest.run("disagreements", "--db", db, "--as", "Lea", "--json", "--decided");
        Map<String, List<String>> excludedNow = new TreeMap<>();
        List<String> decided = new ArrayList<>();
        for (JsonNode n : lines(all.out())) {
            List<String> why = n.has("decided_by") ? codes(n.get("excluded")) : codes(n.get("reasons"));
            if (n.has("decided_by")) {
                decided.add(n.get("item").asText());
            }
            if (!why.isEmpty()) {
                excludedNow.put(n.get("item").asText(), why);
            }
        }
        Map<String, List<String>> export = exportItemLevel();
        assertThat(queue).isNotEmpty();
        assertThat(decided).as("the seed has decided items").isNotEmpty();
        assertThat(excludedNow).isEqualTo(export);
        Map<String, List<String>> undecided = new TreeMap<>(export);
        decided.forEach(undecided::remove);
        assertThat(queue).isEqualTo(undecided);
    }

    @Test
    void textListsTheQueueWithACount() {
        CliTest.Run r = CliTest.run("disagreements", "--db", db, "--as", "Lea");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ITEM").contains("waiting for a lead").contains("fi-");
    }

    @Test
    void nonLeadsAndUnknownViewersAreRefusedWithExitTwo() {
        CliTest.Run r = CliTest.run("disagreements", "--db", db, "--as", "R0", "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("refused").contains("R0 is not a lead");
        CliTest.Run nobody = CliTest.run("disagreements", "--db", db, "--as", "Zed");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("no reviewer called 'Zed'");
    }

    @Test
    void theViewerDefaultsToTheReviewerRememberedForThisComputerUser() {
        ReviewerService people = new ReviewerService(seeded.db, System.getProperty("user.name"), Clock.systemUTC());
        people.remember(people.named("R1").orElseThrow());
        assertThat(CliTest.run("disagreements", "--db", db).exit()).isEqualTo(2);
        people.remember(seeded.lead);
        CliTest.Run r = CliTest.run("disagreements", "--db", db, "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(CliTest.run("disagreements", "--db", db, "--as", "Lea", "--json").out());
    }
}
