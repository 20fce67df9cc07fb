package dev.concord.agreement;

/** Cohen's kappa from a square contingency table. */
final class Cohen {

    private Cohen() {
    }

    /**
     * Returns {n, observed, expected, kappa}; observed, expected and kappa are NaN when undefined.
     */
    static double[] of(double[][] table) {
        int k = table.length;
        double[] row = new double[k];
        double[] col = new double[k];
        double n = 0;
        double diagonal = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                row[a] += table[a][b];
                col[b] += table[a][b];
                n += table[a][b];
            }
            diagonal += table[a][a];
        }
        if (n == 0) {
            return new double[] {0, Double.NaN, Double.NaN, Double.NaN};
        }
        double chance = 0;
        for (int a = 0; a < k; a++) {
            chance += row[a] * col[a];
        }
        double observed = diagonal / n;
        double expected = chance / (n * n);
        return new double[] {n, observed, expected, Estimator.chanceCorrected(observed, expected)};
    }

    static Double boxed(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
