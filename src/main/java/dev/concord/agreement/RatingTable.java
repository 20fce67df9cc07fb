package dev.concord.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable table of nominal ratings: which label each reviewer gave each item, with missing
 * ratings allowed.
 *
 * <p>Items, reviewers and labels keep the order in which they were first added (declared labels
 * come first, in scale order). The label of item {@code i} by reviewer {@code r} is the code
 * {@link #label(int, int)}, an index into {@link #labels()}, or {@link #MISSING} when that reviewer
 * did not rate that item.
 */
public final class RatingTable {

    /** Code of a missing rating. */
    public static final int MISSING = -1;

    private final List<String> items;
    private final List<String> reviewers;
    private final List<String> labels;
    private final int[][] codes;
    private final LabelScale scale;
    private final int ratingCount;

    private RatingTable(List<String> items, List<String> reviewers, List<String> labels,
            int[][] codes, LabelScale scale) {
        this.items = List.copyOf(items);
        this.reviewers = List.copyOf(reviewers);
        this.labels = List.copyOf(labels);
        this.codes = codes;
        this.scale = scale;
        int count = 0;
        for (int[] row : codes) {
            for (int code : row) {
                if (code != MISSING) {
                    count++;
                }
            }
        }
        this.ratingCount = count;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Item ids, in order of first appearance. */
    public List<String> items() {
        return items;
    }

    /** Reviewer ids, in order of first appearance. */
    public List<String> reviewers() {
        return reviewers;
    }

    /** Label names; the declared scale's labels first (in scale order), then any others. */
    public List<String> labels() {
        return labels;
    }

    /** The declared scale, if any. */
    public Optional<LabelScale> scale() {
        return Optional.ofNullable(scale);
    }

    /** Number of items. */
    public int itemCount() {
        return items.size();
    }

    /** Number of reviewers. */
    public int reviewerCount() {
        return reviewers.size();
    }

    /** Number of labels. */
    public int labelCount() {
        return labels.size();
    }

    /** Number of (item, reviewer) pairs that carry a label. */
    public int ratingCount() {
        return ratingCount;
    }

    /** The label code item {@code item} got from reviewer {@code reviewer}, or {@link #MISSING}. */
    public int label(int item, int reviewer) {
        return codes[item][reviewer];
    }

    /** Raw matrix for the calculators in this package; never exposed or modified. */
    int[][] codes() {
        return codes;
    }

    /**
     * This table with a declared scale: labels are re-coded in scale order.
     *
     * @throws IllegalArgumentException if a used label is not part of the scale
     */
    public RatingTable withScale(LabelScale newScale) {
        Objects.requireNonNull(newScale, "scale");
        Map<String, Integer> index = new HashMap<>();
        List<String> newLabels = new ArrayList<>(newScale.labels());
        for (int i = 0; i < newLabels.size(); i++) {
            index.put(newLabels.get(i), i);
        }
        int[] remap = new int[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            Integer code = index.get(labels.get(c));
            if (code == null) {
                throw new IllegalArgumentException("label '" + labels.get(c)
                        + "' is used but not part of the declared scale " + newScale.labels());
            }
            remap[c] = code;
        }
        int[][] recoded = new int[codes.length][];
        for (int i = 0; i < codes.length; i++) {
            recoded[i] = new int[codes[i].length];
            for (int r = 0; r < codes[i].length; r++) {
                int code = codes[i][r];
                recoded[i][r] = code == MISSING ? MISSING : remap[code];
            }
        }
        return new RatingTable(items, reviewers, newLabels, recoded, newScale);
    }

    /** Collects ratings one at a time; not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> itemIndex = new LinkedHashMap<>();
        private final Map<String, Integer> reviewerIndex = new LinkedHashMap<>();
        private final Map<String, Integer> labelIndex = new LinkedHashMap<>();
        private final Set<Long> seen = new HashSet<>();
        private int[] ratingItem = new int[64];
        private int[] ratingReviewer = new int[64];
        private int[] ratingLabel = new int[64];
        private int size;
        private LabelScale scale;

        private Builder() {
        }

        /** Declares the label scale; applied when the table is built. */
        public Builder scale(LabelScale labelScale) {
            this.scale = Objects.requireNonNull(labelScale, "scale");
            return this;
        }

        /** Declares an item even if nobody rated it. */
        public Builder addItem(String item) {
            index(itemIndex, item, "item");
            return this;
        }

        /** Declares a reviewer even if they rated nothing. */
        public Builder addReviewer(String reviewer) {
            index(reviewerIndex, reviewer, "reviewer");
            return this;
        }

        /**
         * Records that {@code reviewer} gave {@code item} the label {@code label}.
         *
         * @throws IllegalArgumentException if that reviewer already rated that item, or an
         *     argument is null or empty
         */
        public Builder add(String item, String reviewer, String label) {
            int i = index(itemIndex, item, "item");
            int r = index(reviewerIndex, reviewer, "reviewer");
            if (!seen.add(((long) i << 32) | r)) {
                throw new IllegalArgumentException(
                        "reviewer '" + reviewer + "' rated item '" + item + "' more than once");
            }
            int c = index(labelIndex, label, "label");
            if (size == ratingItem.length) {
                int grown = size * 2;
                ratingItem = Arrays.copyOf(ratingItem, grown);
                ratingReviewer = Arrays.copyOf(ratingReviewer, grown);
                ratingLabel = Arrays.copyOf(ratingLabel, grown);
            }
            ratingItem[size] = i;
            ratingReviewer[size] = r;
            ratingLabel[size] = c;
            size++;
            return this;
        }

        private static int index(Map<String, Integer> map, String key, String what) {
            Objects.requireNonNull(key, what);
            if (key.isEmpty()) {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            return map.computeIfAbsent(key, k -> map.size());
        }

        /**
         * The table.
         *
         * @throws IllegalArgumentException if a used label is not part of the declared scale
         */
        public RatingTable build() {
            int[][] codes = new int[itemIndex.size()][reviewerIndex.size()];
            for (int[] row : codes) {
                Arrays.fill(row, MISSING);
            }
            for (int k = 0; k < size; k++) {
                codes[ratingItem[k]][ratingReviewer[k]] = ratingLabel[k];
            }
            RatingTable table = new RatingTable(new ArrayList<>(itemIndex.keySet()),
                    new ArrayList<>(reviewerIndex.keySet()), new ArrayList<>(labelIndex.keySet()),
                    codes, null);
            return scale == null ? table : table.withScale(scale);
        }
    }
}
