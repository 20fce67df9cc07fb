package dev.concord.service;

import dev.concord.generate.GenerationSummary;
import dev.concord.generate.GeneratorOptions;
import dev.concord.generate.LogGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** What the benchmarks share: their generated log, heap measurement and cleaning up their working folder. */
final class BenchSupport {
    /** Events per generated session, measured on the generator's mixed profile; used to size the log. */
    private static final double EVENTS_PER_SESSION = 4.9;

    private BenchSupport() {
    }

    /** Writes the benchmarks' log of about {@code events} events (both assistants, seed 42) to {@code file}. */
    static GenerationSummary generateLog(long events, Path file, Consumer<String> log) throws IOException {
        int sessions = (int) Math.max(1, Math.round(events / EVENTS_PER_SESSION));
        log.accept("generating about " + events + " events (" + sessions + " sessions) into " + file);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return new LogGenerator(GeneratorOptions.defaults(sessions, 42)).write(w);
        }
    }

    /** Collects garbage and restarts the heap pools' peak counters. */
    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * An upper bound of the heap's peak since {@link #resetPeaks()}, in MB: the sum of the heap pools' peaks
     * (which need not have happened at the same moment), and never more than the maximum heap.
     */
    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return Math.min(sum, Runtime.getRuntime().maxMemory()) >> 20;
    }

    /** CPU time of the whole process (every thread, the JVM's own included), or 0 where the JVM does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** CPU time of the calling thread, or 0 where the JVM does not measure it. */
    static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? Math.max(0, threads.getCurrentThreadCpuTime()) : 0;
    }

    static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
