package dev.concord.service;

import dev.concord.model.ProgressListener;

import java.util.function.DoubleConsumer;

/**
 * Turns the 0..1 progress of several computations run one after another into one rising progress of a
 * listener, each computation weighted by its size.
 */
final class StagedProgress {
    static final long UNITS = 1000;

    private final ProgressListener listener;
    private final double[] start;
    private final double[] weight;

    StagedProgress(ProgressListener listener, double... weights) {
        this.listener = listener;
        double total = 0;
        for (double w : weights) {
            total += Math.max(w, 0);
        }
        start = new double[weights.length];
        weight = new double[weights.length];
        double at = 0;
        for (int i = 0; i < weights.length; i++) {
            start[i] = at;
            weight[i] = total == 0 ? 0 : Math.max(weights[i], 0) / total;
            at += weight[i];
        }
    }

    /** The callback of stage {@code i}; it reports the overall share done. */
    DoubleConsumer stage(int i, String message) {
        return share -> listener.progress(Math.round((start[i] + weight[i] * clamp(share)) * UNITS), UNITS, message);
    }

    /**
     * A listener for part of stage {@code i}: the amount it is told is done, plus {@code offset} units done
     * before it, out of {@code whole} units in the stage, becomes the stage's share. Cancellation is asked of
     * the outer listener.
     */
    ProgressListener part(int i, String message, long offset, long whole) {
        DoubleConsumer stage = stage(i, message);
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String what) {
                if (whole > 0 && done >= 0) {
                    stage.accept((offset + done) / (double) whole);
                }
            }

            @Override
            public void notice(String what) {
                listener.notice(what);
            }

            @Override
            public boolean isCancelled() {
                return listener.isCancelled();
            }
        };
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
