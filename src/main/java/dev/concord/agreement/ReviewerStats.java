package dev.concord.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-item and per-reviewer figures, straight from the table (point estimates only). */
final class ReviewerStats {

    private ReviewerStats() {
    }

    static List<ItemAgreement> perItem(RatingTable table) {
        int[][] codes = table.codes();
        int[] counts = new int[table.labelCount()];
        List<ItemAgreement> result = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            int m = 0;
            for (int code : codes[i]) {
                if (code != RatingTable.MISSING) {
                    counts[code]++;
                    m++;
                }
            }
            int best = -1;
            int modal = 0;
            boolean tie = false;
            long agreeing = 0;
            for (int code : codes[i]) {
                if (code == RatingTable.MISSING || counts[code] == 0) {
                    continue;
                }
                int c = counts[code];
                agreeing += (long) c * (c - 1);
                if (c > modal) {
                    best = code;
                    modal = c;
                    tie = false;
                } else if (c == modal) {
                    tie = true;
                }
                counts[code] = 0;
            }
            result.add(new ItemAgreement(table.items().get(i), m,
                    best < 0 || tie ? null : table.labels().get(best),
                    m == 0 ? null : modal / (double) m,
                    m < 2 ? null : agreeing / ((double) m * (m - 1))));
        }
        return result;
    }

    static List<ReviewerAgreement> perReviewer(RatingTable table, List<PairKappa> pairs,
            Map<String, String> referenceLabels) {
        int reviewers = table.reviewerCount();
        int k = table.labelCount();
        int[][] codes = table.codes();
        Map<String, Integer> labelCode = new HashMap<>();
        for (int c = 0; c < k; c++) {
            labelCode.put(table.labels().get(c), c);
        }
        int[] reference = new int[codes.length];
        boolean adjudicated = !referenceLabels.isEmpty();
        for (int i = 0; i < codes.length; i++) {
            String label = referenceLabels.get(table.items().get(i));
            reference[i] = label == null ? RatingTable.MISSING
                    : labelCode.computeIfAbsent(label, l -> labelCode.size());
        }
        int size = labelCode.size();
        long[] ratings = new long[reviewers];
        long[] agree = new long[reviewers];
        long[] paired = new long[reviewers];
        double[][][] vsReference = new double[reviewers][size][size];
        int[] counts = new int[size];
        for (int i = 0; i < codes.length; i++) {
            int[] row = codes[i];
            int m = 0;
            for (int code : row) {
                if (code != RatingTable.MISSING) {
                    counts[code]++;
                    m++;
                }
            }
            for (int r = 0; r < reviewers; r++) {
                int own = row[r];
                if (own == RatingTable.MISSING) {
                    continue;
                }
                ratings[r]++;
                agree[r] += counts[own] - 1;
                paired[r] += m - 1;
                int ref = reference[i] != RatingTable.MISSING ? reference[i] : majorityOfOthers(counts, own, m - 1);
                if (ref != RatingTable.MISSING) {
                    vsReference[r][own][ref]++;
                }
            }
            for (int code : row) {
                if (code != RatingTable.MISSING) {
                    counts[code] = 0;
                }
            }
        }
        List<ReviewerAgreement> result = new ArrayList<>(reviewers);
        for (int r = 0; r < reviewers; r++) {
            String id = table.reviewers().get(r);
            double[] cohen = Cohen.of(vsReference[r]);
            result.add(new ReviewerAgreement(id, (int) ratings[r], meanKappa(pairs, id),
                    paired[r] == 0 ? null : agree[r] / (double) paired[r],
                    adjudicated ? ReviewerAgreement.ADJUDICATED_ELSE_MAJORITY : ReviewerAgreement.MAJORITY, (int) cohen[0],
                    Cohen.boxed(cohen[1]), Cohen.boxed(cohen[3])));
        }
        return result;
    }

    /** Label with a strict plurality among the other ratings (own one removed), if at least 2. */
    private static int majorityOfOthers(int[] counts, int own, int others) {
        if (others < 2) {
            return RatingTable.MISSING;
        }
        counts[own]--;
        int best = RatingTable.MISSING;
        boolean tie = false;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            if (best == RatingTable.MISSING || counts[c] > counts[best]) {
                best = c;
                tie = false;
            } else if (counts[c] == counts[best]) {
                tie = true;
            }
        }
        counts[own]++;
        return tie ? RatingTable.MISSING : best;
    }

    private static Double meanKappa(List<PairKappa> pairs, String reviewer) {
        double sum = 0;
        int n = 0;
        for (PairKappa pair : pairs) {
            if ((pair.a().equals(reviewer) || pair.b().equals(reviewer)) && pair.kappa() != null) {
                sum += pair.kappa();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
