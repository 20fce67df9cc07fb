package dev.concord.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test fixture: deterministic, realistic reviews of given items by five reviewers with the workbench's default
 * label set, over three weeks; each reviewer copies a "true" label with their own reliability. Retry chains
 * get best/worst picks, some reviews a correction, and a few items an adjudication.
 */
public final class SyntheticReviews {
    public static final String LABEL_SET = "[{\"key\":\"1\",\"id\":\"good\",\"name\":\"good\"},"
            + "{\"key\":\"2\",\"id\":\"wrong\",\"name\":\"wrong / factual error\"},"
            + "{\"key\":\"3\",\"id\":\"unsafe\",\"name\":\"unsafe / policy\"},"
            + "{\"key\":\"4\",\"id\":\"off-task\",\"name\":\"off-task\"},"
            + "{\"key\":\"5\",\"id\":\"style\",\"name\":\"style / format\"},"
            + "{\"key\":\"6\",\"id\":\"needs-expert\",\"name\":\"needs expert\"}]";
    static final String[] LABELS = {"good", "wrong", "unsafe", "off-task", "style", "needs-expert"};
    static final double[] LABEL_WEIGHTS = {0.38, 0.3, 0.05, 0.12, 0.13, 0.02};
    static final String[][] REVIEWERS = {{"amara", "Amara"}, {"bo", "Bo"}, {"chen", "Chen"}, {"dana", "Dana"},
            {"eli", "Eli"}};
    static final double[] RELIABILITY = {0.9, 0.85, 0.75, 0.6, 0.8};

    private SyntheticReviews() {
    }

    /**
     * Fills the store: reviewers, the label set setting, and three of the five reviewers (rotating) on each
     * item; {@code chains} are the items that are retry chains of {@code chainLength} attempts.
     */
    public static void fill(Database db, List<String> items, List<String> chains, int chainLength, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ReviewRows rows = ReviewRows.into(db).setting("review.labels", LABEL_SET).lead("lead", "Lee (lead)");
        for (String[] r : REVIEWERS) {
            rows.reviewer(r[0], r[1]);
        }
        Instant start = Instant.parse("2026-11-02T09:00:00Z");
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            String truth = draw(random);
            boolean chain = chains.contains(item);
            int goodAttempt = random.nextInt(chainLength);
            Instant when = start.plus(i * 21L * 24 * 60 / items.size(), ChronoUnit.MINUTES);
            for (int k = 0; k < 3; k++) {
                int r = (i + k) % REVIEWERS.length;
                String label = random.nextDouble() < RELIABILITY[r] ? truth : draw(random);
                String correction = label.equals("good") || random.nextDouble() < 0.5 ? null
                        : "Corrected answer for " + item + (random.nextDouble() < 0.7 ? "." : " with more detail");
                Integer best = chain ? (random.nextDouble() < RELIABILITY[r] ? goodAttempt
                        : random.nextInt(chainLength)) : null;
                Integer worst = chain ? (goodAttempt + 1 + random.nextInt(chainLength - 1)) % chainLength : null;
                boolean none = chain && random.nextDouble() < 0.1;
                rows.review(item, REVIEWERS[r][0], 1, true, label, correction, none ? null : best, worst, none,
                        when.plus(k * 7L, ChronoUnit.MINUTES).toString());
            }
            if (i % 9 == 4) {
                rows.adjudicate(item, "lead", truth);
            }
        }
    }

    private static String draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (int l = 0; l < LABELS.length; l++) {
            u -= LABEL_WEIGHTS[l];
            if (u < 0) {
                return LABELS[l];
            }
        }
        return LABELS[0];
    }
}
