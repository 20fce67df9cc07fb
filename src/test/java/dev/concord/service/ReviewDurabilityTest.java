package dev.concord.service;

import dev.concord.store.Database;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real child JVM (SIGKILL) while it submits reviews, three times after a random number of acknowledged
 * reviews, then checks that every review the child acknowledged is in the database, that counts are consistent
 * and, on SQLite, that its integrity check passes. On PostgreSQL the child connects to the test server over TCP.
 */
class ReviewDurabilityTest {
    @TempDir
    Path dir;

    private record Ack(String item, String reviewer, int revision, long seq) {
    }

    @Test
    void everyAcknowledgedReviewSurvivesAKill() throws Exception {
        ReviewFixture f = new ReviewFixture(dir, 60);
        for (String name : new String[] {"Ann", "Bob", "Cat"}) {
            f.reviewer(name);
        }
        Path dbFile = dir.resolve("review.db");
        String location = TestDatabases.location(dbFile);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Ack> acks = new ArrayList<>();
        int expected = 0;
        for (int round = 0; round < 3; round++) {
            int killAfter = 20 + random.nextInt(180);
            expected += killAfter;
            acks.addAll(runAndKill(location, round * 1_000_000L, killAfter));
        }
        assertThat(acks).as("seed %d", seed).hasSize(expected);

        Database reopened = TestDatabases.open(dbFile);
        reopened.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT correction, note FROM reviews "
                    + "WHERE item_id = ? AND reviewer_id = ? AND revision = ?")) {
                for (Ack a : acks) {
                    ps.setString(1, a.item());
                    ps.setString(2, a.reviewer());
                    ps.setInt(3, a.revision());
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("acknowledged %s", a).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("correction #" + a.seq());
                        assertThat(rs.getString(2)).isEqualTo("note " + a.seq());
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                if (reopened.isSqlite()) {
                    try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                        rs.next();
                        assertThat(rs.getString(1)).isEqualTo("ok");
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flagged_items f WHERE review_count <> "
                        + "(SELECT COUNT(*) FROM reviews r WHERE r.item_id = f.id AND r.is_latest = 1)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("items whose review_count is wrong").isZero();
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT item_id, reviewer_id FROM reviews "
                        + "GROUP BY item_id, reviewer_id HAVING SUM(is_latest) <> 1) x")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("reviews without exactly one latest revision").isZero();
                }
            }
            return null;
        });
    }

    private List<Ack> runAndKill(String db, long firstSeq, int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SubmitLoop.class.getName(), db, Long.toString(firstSeq))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Ack> acks = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // Destroying the process closes its output stream: what was read before the kill is what counts.
            for (String line = in.readLine(); line != null && acks.size() < killAfter; line = in.readLine()) {
                if (line.startsWith("ACK ")) {
                    String[] p = line.split(" ");
                    acks.add(new Ack(p[1], p[2], Integer.parseInt(p[3]), Long.parseLong(p[4])));
                }
            }
            child.destroyForcibly();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        assertThat(acks).hasSize(killAfter);
        return acks;
    }
}
