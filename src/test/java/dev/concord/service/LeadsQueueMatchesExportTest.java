package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.Disagreement;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Share;
import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.store.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: over many randomly reviewed items (labels, corrections, picks, none acceptable, lead decisions) and a
 * random saved policy, the leads' queue is exactly what the export preview leaves out for an item-level reason
 * other than too few reviews — item for item, reason for reason — minus what a lead decided.
 */
public class LeadsQueueMatchesExportTest {
    private static final String[] LABELS = {"good", "good", "wrong", "wrong", "style", "needs-expert"};
    private static final String[] FIXES = {null, null, "Refunds take five to ten business days.",
            "Refunds take five to ten business days!", "Refunds take 5-10 days, see the help page.", "answer"};

    /** A seeded database with random reviews and decisions under a random saved policy. */
    public static final class Seeded {
        public final Database db;
        public final Reviewer lead;
        public final ExportPolicy policy;

        public Seeded(Path dir, long seed) throws Exception {
            Random rnd = new Random(seed);
            Logs logs = log();
            int singles = 40;
            int chains = 25;
            for (int i = 0; i < singles; i++) {
                logs.generation("g" + i, "s" + i, "question " + i, "answer").down("g" + i);
            }
            for (int i = 0; i < chains; i++) {
                logs.generation("c" + i + "a", "t" + i, "chain question " + i, "first")
                        .retry("c" + i + "b", "t" + i, "c" + i + "a", "second")
                        .retry("c" + i + "c", "t" + i, "c" + i + "b", "third")
                        .retry("c" + i + "d", "t" + i, "c" + i + "c", "fourth");
            }
            db = TestDatabases.open(dir.resolve("seeded.db"));
            new ImportService(db).ingest(List.of(logs.writeTo(dir.resolve("log.jsonl"))), ProgressListener.NONE);
            ReviewerService people = new ReviewerService(db, "tester", java.time.Clock.systemUTC());
            List<Reviewer> team = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                team.add(people.add("R" + i, false));
            }
            lead = people.add("Lea", true);
            ExportPolicy p = ExportPolicy.defaults();
            Share[] shares = {Share.ALL, Share.TWO_THIRDS, Share.parse("0.75")};
            policy = p.with(new ConsensusPolicy(1 + rnd.nextInt(3), shares[rnd.nextInt(3)], rnd.nextBoolean(), 0.8,
                    ConsensusPolicy.GOOD, ConsensusPolicy.NEEDS_EXPERT)).with(p.curation().withShares(0, 0));
            new ExportService(db).savePolicy(policy);
            AdjudicationService adjudication = new AdjudicationService(db);
            try (ReviewService reviews = new ReviewService(db, Redactor.standard(), java.time.Clock.systemUTC(), ZoneOffset.UTC)) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < singles; i++) {
                    items.add("fi-g" + i);
                }
                for (int i = 0; i < chains; i++) {
                    items.add("fi-c" + i + "a");
                }
                for (String item : items) {
                    int attempts = item.startsWith("fi-c") ? 4 : 1;
                    int n = rnd.nextInt(5);
                    for (int k = 0; k < n; k++) {
                        reviews.submit(team.get(k).id(), item, draft(rnd, attempts));
                    }
                    if (n >= policy.consensus().minReviews() && rnd.nextInt(5) == 0) {
                        ReviewDraft d = draft(rnd, attempts);
                        adjudication.decide(lead.id(), item, new AdjudicationDraft(d.label(), d.correction(), d.best(),
                                d.worst(), d.noneAcceptable(), null, null));
                    }
                }
            }
        }

        private static ReviewDraft draft(Random rnd, int attempts) {
            String label = LABELS[rnd.nextInt(LABELS.length)];
            String fix = FIXES[rnd.nextInt(FIXES.length)];
            if (attempts == 1) {
                return new ReviewDraft(label, fix, null, null, false, null);
            }
            boolean none = rnd.nextInt(4) == 0;
            Integer best = none || rnd.nextInt(5) == 0 ? null : rnd.nextInt(2);
            Integer worst = rnd.nextInt(5) == 0 ? null : 2 + rnd.nextInt(2);
            return new ReviewDraft(label, fix, best, worst, none, null);
        }
    }

    /** Item → item-level reasons (too few reviews left out) of an export preview's exclusions (source, file, reason). */
    public static Map<String, List<String>> exportItemLevel(List<String[]> exclusions) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String[] x : exclusions) {
            if (x[1].equals("-") && !x[2].equals(ExclusionReason.TOO_FEW_REVIEWS.code())) {
                out.computeIfAbsent(x[0], k -> new ArrayList<>()).add(x[2]);
            }
        }
        return out;
    }

    static Map<String, List<String>> byItem(List<Disagreement> queue, boolean excludedNow) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Disagreement d : queue) {
            List<ExclusionReason> r = excludedNow ? d.excluded() : d.reasons();
            if (!r.isEmpty()) {
                out.put(d.itemId(), r.stream().map(ExclusionReason::code).toList());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void leadsQueueIsExactlyWhatExportLeavesOutForAnItemLevelReason(long seed) throws Exception {
        Path dir = Files.createTempDirectory("concord-leads-" + seed);
        Seeded s = new Seeded(dir, seed);
        AdjudicationService adjudication = new AdjudicationService(s.db);
        ExportService export = new ExportService(s.db);
        List<String[]> xs = new ArrayList<>();
        ExportPolicy saved = export.savedPolicy().orElseThrow();
        var report = export.preview(saved, (Exclusion x) -> xs.add(new String[] {x.source(),
                x.file() == null ? "-" : x.file().path(), x.reason().code()}), ProgressListener.NONE);

        List<Disagreement> all = adjudication.queue(s.lead.id(), true);
        List<Disagreement> open = adjudication.queue(s.lead.id(), false);
        Map<String, List<String>> excluded = exportItemLevel(xs);
        assertThat(excluded).as("seed %d gives a queue to compare", seed).isNotEmpty();
        assertThat(byItem(all, true)).isEqualTo(excluded);
        assertThat(open).isEqualTo(all.stream().filter(d -> !d.decided()).toList());
        assertThat(open).allSatisfy(d -> assertThat(d.excluded()).isEqualTo(d.reasons()).isNotEmpty());
        assertThat(report.tally().awaitingLead()).isEqualTo(open.size());
        assertThat(report.tally().agreedItems()).isEqualTo(report.tally().reviewedItems()
                - xs.stream().filter(x -> x[1].equals("-")).map(x -> x[0]).distinct().count());
    }
}
