package dev.concord.generate;

import java.util.SplittableRandom;

/** What the user does with the last attempt of a turn, with the proportions the generator aims for. */
enum Reaction {
    UP, DOWN, DOWN_CORRECTED, EDIT, COPY, NONE;

    private static final Reaction[] ORDER = values();
    /** Per turn: ~35% up, ~15% down, ~8% down with correction, ~8% edit, ~12% copy only, ~22% nothing. */
    private static final double[] TURN = {0.35, 0.15, 0.08, 0.08, 0.12, 0.22};
    /** After a retry chain the last attempt is usually accepted. */
    private static final double[] AFTER_RETRIES = {0.30, 0.15, 0.07, 0.12, 0.22, 0.14};

    static Reaction sample(SplittableRandom rng, boolean afterRetries) {
        double[] weights = afterRetries ? AFTER_RETRIES : TURN;
        double r = rng.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return ORDER[i];
            }
        }
        return NONE;
    }

    /** Whether the answer the user reacted to was a good one. */
    boolean wantsGoodAnswer(SplittableRandom rng) {
        return switch (this) {
            case UP, COPY -> true;
            case DOWN, DOWN_CORRECTED -> false;
            case EDIT -> rng.nextDouble() < 0.65;
            case NONE -> rng.nextDouble() < 0.7;
        };
    }

    /**
     * Attempts in a turn: 1 for ~90% of turns; otherwise a retry chain of 2 to 6 attempts, a third of
     * them with 4 or more attempts (3+ regenerations).
     */
    static int attempts(SplittableRandom rng) {
        if (rng.nextDouble() >= 0.10) {
            return 1;
        }
        double r = rng.nextDouble();
        return r < 0.45 ? 2 : r < 0.67 ? 3 : r < 0.87 ? 4 : r < 0.97 ? 5 : 6;
    }
}
