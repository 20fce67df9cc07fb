package dev.concord.cli;

import dev.concord.agreement.AgreementBenchmark;

import java.io.PrintWriter;

/** Prints the figures of {@link AgreementBenchmark}: all measures and the bootstrap on 100k items x 5 reviewers. */
final class AgreementBench {
    private AgreementBench() {
    }

    static int run(PrintWriter out) {
        out.println("agreement: 100,000 items x 5 reviewers, 5 labels, 10% of ratings missing; one warm-up run");
        out.flush();
        AgreementBenchmark.Timings t = AgreementBenchmark.run(20_240_601L);
        out.printf("build table:    %,d ms%n", t.buildMillis());
        out.printf("all measures:   %,d ms  (target < 1,000 ms)%n", t.measuresMillis());
        out.printf("bootstrap:      %,d ms for %,d resamples  (target < 5,000 ms)%n", t.bootstrapMillis(),
                t.resamples());
        out.printf("peak heap:      %d MB of max %d MB%n", t.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }
}
