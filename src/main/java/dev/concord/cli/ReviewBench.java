package dev.concord.cli;

import dev.concord.service.ReviewBenchmark;
import dev.concord.service.TeamReviewBenchmark;

import java.io.IOException;
import java.io.PrintWriter;

/** Prints the review benchmarks' figures for {@code concord bench review} (one reviewer at a time, or a team). */
final class ReviewBench {
    private ReviewBench() {
    }

    static int print(TeamReviewBenchmark bench, PrintWriter out) throws Exception {
        TeamReviewBenchmark.Result r = bench.run(msg -> {
            out.println(msg);
            out.flush();
        });
        out.printf("database:           %s%n", r.database());
        out.printf("assignment mode:    %s%n", r.mode().title());
        out.printf("store:              %,d flagged items (written in %.1f s)%n", r.items(), r.fixtureSeconds());
        out.printf("reviewers at once:  %d%n", r.reviewers());
        out.printf("sustained:          %,.0f reviews/s (%,d reviews in %.1f s; target on PostgreSQL >= 200/s)%n",
                r.reviewsPerSecond(), r.reviews(), r.seconds());
        out.printf("submit -> next:     median %.2f ms  p95 %.2f ms  max %.2f ms (target p95 < 50 ms)%n", r.median(),
                r.p95(), r.max());
        out.flush();
        return 0;
    }

    static int print(ReviewBenchmark bench, PrintWriter out) throws IOException {
        ReviewBenchmark.Result r = bench.run(msg -> {
            out.println(msg);
            out.flush();
        });
        double[] s = r.submitToNext();
        double[] p = r.progress();
        out.printf("assignment mode:    %s%n", r.mode().title());
        out.printf("store:              %,d flagged items (written in %.1f s)%n", r.items(), r.fixtureSeconds());
        out.printf("open review screen: %.1f ms  (first next item + reservation + item + progress; target < 1000 ms)%n",
                r.openMillis());
        out.printf("submit -> next:     median %.2f ms  p95 %.2f ms  max %.2f ms over %,d submits (target < 50 ms)%n",
                r.median(s), r.p95(s), s[s.length - 1], s.length);
        out.printf("progress refresh:   median %.2f ms  p95 %.2f ms%n", r.median(p), r.p95(p));
        out.printf("leads' queue (whole, under the consensus policy): %d ms%n", r.disagreementsMillis());
        out.printf("heap used:          %d MB before, %d MB after (max heap %d MB)%n", r.heapBeforeMb(), r.heapAfterMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }
}
