package dev.concord.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rated items of a table, compressed to their distinct rating rows ("patterns").
 *
 * <p>Every measure in this package depends on the items only through the multiset of their rating
 * rows, so an estimate is a function of per-pattern weights: the base weights give the point
 * estimate and a bootstrap resample is just another weight vector. Items nobody rated are left
 * out.
 */
final class PatternSet {

    final int labelCount;
    final int reviewerCount;
    /** Per pattern: the reviewers who rated, ascending. */
    final int[][] raters;
    /** Per pattern: the label each of {@link #raters} gave. */
    final int[][] ratings;
    /** Per pattern: the distinct labels used. */
    final int[][] distinctLabels;
    /** Per pattern: how often each of {@link #distinctLabels} was used. */
    final int[][] labelCounts;
    /** Per pattern: the number of items with that row. */
    final int[] baseWeights;
    /** Per rated item (in table order): its pattern. */
    final int[] itemPattern;

    private PatternSet(int labelCount, int reviewerCount, List<int[]> rows, int[] baseWeights,
            int[] itemPattern) {
        this.labelCount = labelCount;
        this.reviewerCount = reviewerCount;
        int p = rows.size();
        this.raters = new int[p][];
        this.ratings = new int[p][];
        this.distinctLabels = new int[p][];
        this.labelCounts = new int[p][];
        this.baseWeights = baseWeights;
        this.itemPattern = itemPattern;
        int[] scratch = new int[labelCount];
        for (int i = 0; i < p; i++) {
            int[] row = rows.get(i);
            int m = 0;
            for (int code : row) {
                if (code != RatingTable.MISSING) {
                    m++;
                }
            }
            raters[i] = new int[m];
            ratings[i] = new int[m];
            int j = 0;
            int distinct = 0;
            for (int r = 0; r < row.length; r++) {
                if (row[r] != RatingTable.MISSING) {
                    raters[i][j] = r;
                    ratings[i][j] = row[r];
                    if (scratch[row[r]]++ == 0) {
                        distinct++;
                    }
                    j++;
                }
            }
            distinctLabels[i] = new int[distinct];
            labelCounts[i] = new int[distinct];
            int d = 0;
            for (int c = 0; c < labelCount; c++) {
                if (scratch[c] > 0) {
                    distinctLabels[i][d] = c;
                    labelCounts[i][d] = scratch[c];
                    scratch[c] = 0;
                    d++;
                }
            }
        }
    }

    /** Compresses the rated items of {@code table}. */
    static PatternSet of(RatingTable table) {
        int[][] codes = table.codes();
        Map<Row, Integer> index = new HashMap<>();
        List<int[]> rows = new ArrayList<>();
        int[] weights = new int[16];
        int[] itemPattern = new int[codes.length];
        int rated = 0;
        for (int[] row : codes) {
            if (!hasRating(row)) {
                continue;
            }
            Integer p = index.get(new Row(row));
            if (p == null) {
                p = rows.size();
                index.put(new Row(row), p);
                rows.add(row);
                if (p == weights.length) {
                    weights = Arrays.copyOf(weights, p * 2);
                }
            }
            weights[p]++;
            itemPattern[rated++] = p;
        }
        return new PatternSet(table.labelCount(), table.reviewerCount(), rows,
                Arrays.copyOf(weights, rows.size()), Arrays.copyOf(itemPattern, rated));
    }

    private static boolean hasRating(int[] row) {
        for (int code : row) {
            if (code != RatingTable.MISSING) {
                return true;
            }
        }
        return false;
    }

    int patternCount() {
        return raters.length;
    }

    /** Number of items with at least one rating. */
    int ratedItemCount() {
        return itemPattern.length;
    }

    private record Row(int[] codes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row other && Arrays.equals(codes, other.codes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }
    }
}
