package dev.concord.agreement;

import java.util.Random;

/** Seeded random rating matrices for property and cross-check tests; -1 = missing. */
final class RandomRatings {

    private RandomRatings() {
    }

    /**
     * Each item has a true label; a reviewer reports it with probability {@code fidelity}, else a
     * uniformly random label; each rating is missing with probability {@code missing}.
     */
    static int[][] matrix(long seed, int items, int reviewers, int labels, double missing,
            double fidelity) {
        Random random = new Random(seed);
        int[][] m = new int[items][reviewers];
        for (int i = 0; i < items; i++) {
            int truth = random.nextInt(labels);
            for (int r = 0; r < reviewers; r++) {
                boolean absent = random.nextDouble() < missing;
                int label = random.nextDouble() < fidelity ? truth : random.nextInt(labels);
                m[i][r] = absent ? -1 : label;
            }
        }
        return m;
    }

    /** Every item rated by exactly {@code perItem} randomly chosen reviewers. */
    static int[][] fixedCount(long seed, int items, int reviewers, int perItem, int labels) {
        Random random = new Random(seed);
        int[][] m = matrix(seed, items, reviewers, labels, 0, 0.6);
        for (int[] row : m) {
            int keep = 0;
            for (int r = 0; r < reviewers; r++) {
                boolean chosen = random.nextInt(reviewers - r) < perItem - keep;
                if (chosen) {
                    keep++;
                } else {
                    row[r] = -1;
                }
            }
        }
        return m;
    }

    /** Label name of a code: "1".."k" so that numeric scales work too. */
    static String name(int code) {
        return Integer.toString(code + 1);
    }

    static RatingTable table(int[][] m, LabelScale scale) {
        RatingTable.Builder b = RatingTable.builder();
        int reviewers = m.length == 0 ? 0 : m[0].length;
        for (int r = 0; r < reviewers; r++) {
            b.addReviewer("r" + r);
        }
        for (int i = 0; i < m.length; i++) {
            b.addItem("i" + i);
            for (int r = 0; r < reviewers; r++) {
                if (m[i][r] >= 0) {
                    b.add("i" + i, "r" + r, name(m[i][r]));
                }
            }
        }
        if (scale != null) {
            b.scale(scale);
        }
        return b.build();
    }
}
