package dev.concord.service;

import dev.concord.review.AssignmentMode;
import dev.concord.review.ReviewSettings;
import dev.concord.store.Database;
import dev.concord.store.ReviewRows;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Many reviewers submitting at once against one 1,000-item queue (overlap 3, up to 5 reviews per item under dynamic
 * overlap): every acknowledged review is stored exactly once, no item gets more reviews than it wants, nobody saw
 * another's review of an item before reviewing it, and the counts match. On PostgreSQL 8 reviewers in 8 threads,
 * each with its own connections; on SQLite 4 reviewers in 4 processes on one file, and 8 in 8 threads. Some or all
 * reviewers submit and take their next item in one step ({@link ReviewService#submitAndNext}).
 */
class ManyReviewersTest {
    private static final int ITEMS = 1000;
    private static final int OVERLAP = 3;
    private static final int MAX = 5;
    private static final int BUDGET = 500;

    @TempDir
    Path dir;

    private List<String> team(Database db, int reviewers) throws Exception {
        ReviewRows.flaggedItems(db, dir, ITEMS, 0);
        new ProjectSettingsService(db).save(new ReviewSettings(ReviewerRun.LABELS, OVERLAP, AssignmentMode.COMPLETE_FIRST, MAX));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < reviewers; i++) {
            ids.add(new ReviewerService(db).add("Reviewer " + i, false).id());
        }
        return ids;
    }

    @Test
    void eightReviewersInThreadsOnPostgresqlLoseNothingAndNeverPassTheOverlap() throws Exception {
        assumeTrue(TestDatabases.postgres(), "the team backend");
        String location = TestDatabases.location(dir.resolve("team.db"));
        Database db = Database.at(location);
        List<String> reviewers = team(db, 8);
        checkStore(db, reviewers, inThreads(location, reviewers, index -> index % 2 == 1));
    }

    @Test
    void eightReviewerThreadsOnOneSqliteFileSubmittingAndTakingTheNextInOneStepLoseNothing() throws Exception {
        assumeFalse(TestDatabases.postgres(), "one SQLite file");
        Path file = dir.resolve("team.db");
        Database db = Database.openSqlite(file);
        List<String> reviewers = team(db, 8);
        checkStore(db, reviewers, inThreads(file.toString(), reviewers, index -> true));
    }

    /** Each reviewer in a thread of its own with its own database; {@code together}: by submit-and-next steps. */
    private static List<String> inThreads(String location, List<String> reviewers, IntPredicate together)
            throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            int index = i;
            running.add(pool.submit(() -> {
                start.await();
                ReviewerRun.run(Database.at(location), reviewers.get(index), index, BUDGET, together.test(index),
                        lines::add);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return lines;
    }

    @Test
    void fourReviewerProcessesOnOneSqliteFileLoseNothingAndNeverPassTheOverlap() throws Exception {
        assumeFalse(TestDatabases.postgres(), "one SQLite file");
        Path file = dir.resolve("team.db");
        Database db = Database.openSqlite(file);
        List<String> reviewers = team(db, 4);
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            children.add(new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    ReviewerRun.class.getName(), file.toString(), reviewers.get(i), Integer.toString(i),
                    Integer.toString(BUDGET), i % 2 == 1 ? "together" : "apart").redirectError(dir.resolve("child-" + i + ".err").toFile()).start());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Process child = children.get(i);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            }
            assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(dir.resolve("child-" + i + ".err"))).isZero();
        }
        assertThat(lines).filteredOn("DONE"::equals).hasSize(reviewers.size());
        lines.removeIf("DONE"::equals);

        checkStore(db, reviewers, lines);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void checkStore(Database db, List<String> reviewers, List<String> lines) {
        List<String> acks = lines.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4)).toList();
        assertThat(lines).as("blind rule broken or own review missing").allMatch(l -> l.startsWith("ACK "));
        assertThat(acks).doesNotHaveDuplicates();
        Map<String, Integer> perItem = new HashMap<>();
        Map<String, Integer> perReviewer = new HashMap<>();
        for (String ack : acks) {
            String[] p = ack.split(" ");
            perItem.merge(p[0], 1, Integer::sum);
            perReviewer.merge(p[1], 1, Integer::sum);
        }
        assertThat(perReviewer.values()).allMatch(n -> n <= BUDGET);
        perItem.forEach((item, n) -> assertThat(n).as(item).isLessThanOrEqualTo(ReviewerRun.contested(item) ? MAX : OVERLAP));

        List<String> stored = new ArrayList<>();
        Map<String, Integer> counted = new HashMap<>();
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT item_id, reviewer_id, revision, is_latest FROM reviews")) {
                    while (rs.next()) {
                        assertThat(rs.getInt(3)).isEqualTo(1);
                        assertThat(rs.getInt(4)).isEqualTo(1);
                        stored.add(rs.getString(1) + " " + rs.getString(2));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id, review_count FROM flagged_items WHERE review_count > 0")) {
                    while (rs.next()) {
                        counted.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return null;
        });
        assertThat(stored).as("every acknowledged review stored exactly once, nothing else").hasSameSizeAs(acks)
                .containsExactlyInAnyOrderElementsOf(acks);
        assertThat(counted).as("each item's review count").isEqualTo(perItem);
        try (ReviewService service = new ReviewService(db)) {
            for (String r : reviewers) {
                assertThat(service.progress(r).reviewedTotal()).as(r).isEqualTo(perReviewer.getOrDefault(r, 0).longValue());
            }
        }
        assertThat(perItem.keySet()).as("the queue was worked through").hasSizeGreaterThan(ITEMS / 2);
    }
}
