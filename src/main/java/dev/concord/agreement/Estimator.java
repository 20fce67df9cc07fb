package dev.concord.agreement;

import java.util.Arrays;

/**
 * Computes every figure from pattern weights in one pass. Formulas and references are in
 * {@code docs/agreement.md}; the comments name the quantities used there.
 */
final class Estimator {

    /** A chance agreement this close to 1 leaves a kappa-type measure undefined. */
    static final double EPS = 1e-12;

    private final PatternSet ps;
    private final int k;
    private final int pairs;
    private final boolean ordered;
    private final double[] intervalValues;
    private final double[][] linearDistance;
    private final double[][] quadraticDistance;

    Estimator(PatternSet ps, LabelScale scale) {
        this.ps = ps;
        this.k = ps.labelCount;
        int r = ps.reviewerCount;
        this.pairs = r * (r - 1) / 2;
        this.ordered = scale != null && scale.isOrdered();
        this.intervalValues = scale != null && scale.kind() == LabelScale.Kind.INTERVAL
                ? scale.values().stream().mapToDouble(Double::doubleValue).toArray() : null;
        this.linearDistance = new double[k][k];
        this.quadraticDistance = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double d = k > 1 ? Math.abs(a - b) / (double) (k - 1) : 0;
                linearDistance[a][b] = d;
                quadraticDistance[a][b] = d * d;
            }
        }
    }

    static int pairIndex(int a, int b, int reviewers) {
        return a * reviewers - a * (a + 1) / 2 + (b - a - 1);
    }

    int pairCount() {
        return pairs;
    }

    Estimates estimate(int[] weights) {
        Estimates e = new Estimates();
        double[] piSum = new double[k];
        double[] labelPaCorrection = new double[k];
        double[][] coincidence = new double[k][k];
        double[][] pairTables = new double[pairs][];
        e.labelRatings = new double[k];
        double paSum = 0;
        int reviewers = ps.reviewerCount;
        for (int p = 0; p < ps.patternCount(); p++) {
            int w = weights[p];
            if (w == 0) {
                continue;
            }
            int m = ps.raters[p].length;
            int[] labels = ps.distinctLabels[p];
            int[] counts = ps.labelCounts[p];
            e.ratedItems += w;
            for (int j = 0; j < labels.length; j++) {
                piSum[labels[j]] += w * (double) counts[j] / m;
                e.labelRatings[labels[j]] += (double) w * counts[j];
            }
            if (m < 2) {
                continue;
            }
            e.pairableItems += w;
            e.pairableValues += (double) w * m;
            double itemPairs = (double) m * (m - 1);
            long agreeing = 0;
            for (int j = 0; j < labels.length; j++) {
                int c = counts[j];
                agreeing += (long) c * (c - 1);
                double pj = ((double) c * (c - 1) + (double) (m - c) * (m - c - 1)) / itemPairs;
                labelPaCorrection[labels[j]] += w * (pj - 1);
                for (int l = 0; l < labels.length; l++) {
                    double both = j == l ? (double) c * (c - 1) : (double) c * counts[l];
                    coincidence[labels[j]][labels[l]] += w * both / (m - 1);
                }
            }
            paSum += w * (agreeing / itemPairs);
            int[] who = ps.raters[p];
            int[] what = ps.ratings[p];
            for (int x = 0; x < m; x++) {
                int base = pairIndex(who[x], 0, reviewers);
                for (int y = x + 1; y < m; y++) {
                    double[] table = pairTables[base + who[y]];
                    if (table == null) {
                        table = new double[k * k];
                        pairTables[base + who[y]] = table;
                    }
                    table[what[x] * k + what[y]] += w;
                }
            }
        }
        nominal(e, paSum, piSum, labelPaCorrection);
        alphas(e, coincidence);
        pairwise(e, pairTables);
        return e;
    }

    private void nominal(Estimates e, double paSum, double[] piSum, double[] labelPaCorrection) {
        e.labelKappa = new double[k];
        Arrays.fill(e.labelKappa, Double.NaN);
        if (e.pairableItems == 0) {
            return;
        }
        double pa = paSum / e.pairableItems;
        e.percentAgreement = pa;
        double fleissPe = 0;
        double gwetSum = 0;
        for (int j = 0; j < k; j++) {
            double pi = piSum[j] / e.ratedItems;
            fleissPe += pi * pi;
            gwetSum += pi * (1 - pi);
            double labelPa = (e.pairableItems + labelPaCorrection[j]) / e.pairableItems;
            e.labelKappa[j] = chanceCorrected(labelPa, pi * pi + (1 - pi) * (1 - pi));
        }
        e.fleissChance = fleissPe;
        e.fleissKappa = chanceCorrected(pa, fleissPe);
        if (k >= 2) {
            e.gwetChance = gwetSum / (k - 1);
            e.gwetAc1 = chanceCorrected(pa, e.gwetChance);
        }
    }

    static double chanceCorrected(double observed, double chance) {
        return 1 - chance > EPS ? (observed - chance) / (1 - chance) : Double.NaN;
    }

    private void alphas(Estimates e, double[][] o) {
        double[] marginal = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            for (int b = 0; b < k; b++) {
                marginal[c] += o[c][b];
            }
            n += marginal[c];
        }
        e.labelSpecific = new double[k];
        for (int c = 0; c < k; c++) {
            e.labelSpecific[c] = marginal[c] > 0 ? o[c][c] / marginal[c] : Double.NaN;
        }
        e.alphaNominal = alpha(o, marginal, n, (a, b) -> a == b ? 0 : 1);
        if (ordered) {
            double[] cumulative = new double[k + 1];
            for (int c = 0; c < k; c++) {
                cumulative[c + 1] = cumulative[c] + marginal[c];
            }
            e.alphaOrdinal = alpha(o, marginal, n, (a, b) -> {
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                double d = cumulative[hi + 1] - cumulative[lo] - (marginal[a] + marginal[b]) / 2;
                return d * d;
            });
            if (intervalValues != null) {
                e.alphaInterval = alpha(o, marginal, n, (a, b) -> {
                    double d = intervalValues[a] - intervalValues[b];
                    return d * d;
                });
            }
        }
    }

    private interface Distance {
        double between(int a, int b);
    }

    private double alpha(double[][] o, double[] marginal, double n, Distance delta) {
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int b = 0; b < k; b++) {
                if (c == b) {
                    continue;
                }
                double d = delta.between(c, b);
                observed += o[c][b] * d;
                expected += marginal[c] * marginal[b] * d;
            }
        }
        if (n < 2 || expected <= 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    private void pairwise(Estimates e, double[][] tables) {
        e.pairN = new double[pairs];
        e.pairObserved = new double[pairs];
        e.pairExpected = new double[pairs];
        e.pairKappa = new double[pairs];
        e.pairLinear = new double[pairs];
        e.pairQuadratic = new double[pairs];
        double kappaSum = 0;
        int defined = 0;
        double[] row = new double[k];
        double[] col = new double[k];
        double[] empty = new double[k * k];
        for (int p = 0; p < pairs; p++) {
            double[] t = tables[p] == null ? empty : tables[p];
            Arrays.fill(row, 0);
            Arrays.fill(col, 0);
            double n = 0;
            double diagonal = 0;
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double v = t[a * k + b];
                    row[a] += v;
                    col[b] += v;
                    n += v;
                }
                diagonal += t[a * k + a];
            }
            e.pairN[p] = n;
            e.pairObserved[p] = n > 0 ? diagonal / n : Double.NaN;
            double chance = 0;
            for (int a = 0; a < k; a++) {
                chance += row[a] * col[a];
            }
            e.pairExpected[p] = n > 0 ? chance / (n * n) : Double.NaN;
            e.pairKappa[p] = n > 0 ? chanceCorrected(diagonal / n, chance / (n * n)) : Double.NaN;
            if (!Double.isNaN(e.pairKappa[p])) {
                kappaSum += e.pairKappa[p];
                defined++;
            }
            e.pairLinear[p] = ordered ? weighted(t, row, col, n, linearDistance) : Double.NaN;
            e.pairQuadratic[p] = ordered ? weighted(t, row, col, n, quadraticDistance) : Double.NaN;
        }
        e.meanCohenKappa = defined > 0 ? kappaSum / defined : Double.NaN;
    }

    private double weighted(double[] t, double[] row, double[] col, double n, double[][] d) {
        if (n == 0) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                observed += d[a][b] * t[a * k + b];
                expected += d[a][b] * row[a] * col[b];
            }
        }
        expected /= n;
        return expected > 0 ? 1 - observed / expected : Double.NaN;
    }
}
