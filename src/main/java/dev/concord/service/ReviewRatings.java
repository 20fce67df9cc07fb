package dev.concord.service;

import dev.concord.agreement.LabelScale;
import dev.concord.agreement.PickAgreement;
import dev.concord.agreement.RatingTable;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;
import dev.concord.store.ReviewRatingsRepository;
import dev.concord.store.RatedItem;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The latest reviews of a store turned into agreement inputs: a rating table (items in queue order, reviewers
 * by id), adjudicated reference labels, best/worst picks on retry chains, corrections, and each item's week.
 */
final class ReviewRatings {
    private final List<Review> reviews;
    private final Map<String, Adjudication> adjudications;
    private final Map<String, RatedItem> items;
    private final List<String> itemOrder;
    private final Map<String, String> weekOfItem = new HashMap<>();

    ReviewRatings(List<Review> reviews, Map<String, Adjudication> adjudications,
                  Map<String, RatedItem> items) {
        this.reviews = List.copyOf(reviews);
        this.adjudications = adjudications;
        this.items = items;
        Map<String, Instant> last = new HashMap<>();
        for (Review r : reviews) {
            last.merge(r.itemId(), r.submittedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        last.forEach((item, at) -> weekOfItem.put(item, isoWeek(at)));
        Comparator<String> queueOrder = Comparator.comparing((String id) -> items.containsKey(id)
                ? items.get(id).createdAt() : Instant.MAX).thenComparing(Comparator.naturalOrder());
        itemOrder = last.keySet().stream().sorted(queueOrder).toList();
    }

    /** Loads every latest review, adjudication and reviewed item. */
    static ReviewRatings load(ReviewRatingsRepository repo, BooleanSupplier cancelled) {
        List<Review> reviews = new ArrayList<>();
        Map<String, String> pool = new HashMap<>();
        repo.forEachLatest(r -> reviews.add(new Review(shared(pool, r.itemId()), shared(pool, r.reviewerId()),
                shared(pool, r.reviewerName()), r.revision(), shared(pool, r.label()), r.correction(), r.best(),
                r.worst(), r.noneAcceptable(), r.note(), r.submittedAt(), r.latest())), cancelled);
        return new ReviewRatings(reviews, repo.adjudications(), repo.reviewedItems());
    }

    /** One instance per distinct id or label, so that half a million reviews do not hold millions of strings. */
    private static String shared(Map<String, String> pool, String s) {
        return s == null ? null : pool.computeIfAbsent(s, k -> k);
    }

    /** ISO-8601 week of an instant in UTC, such as {@code 2026-W47}. */
    static String isoWeek(Instant at) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return String.format("%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    List<Review> reviews() {
        return reviews;
    }

    Map<String, RatedItem> items() {
        return items;
    }

    /** Every label given, in first-seen order. */
    Set<String> labelsUsed() {
        Set<String> labels = new LinkedHashSet<>();
        reviews.forEach(r -> labels.add(r.label()));
        return labels;
    }

    /** The week (ISO, UTC) of each item's most recent latest review. */
    Map<String, String> weekOfItem() {
        return weekOfItem;
    }

    /** The weeks that have items, in order. */
    List<String> weeks() {
        return new ArrayList<>(new TreeSet<>(weekOfItem.values()));
    }

    /** The table of all items; {@code scale} may be null (labels as seen, nominal). */
    RatingTable table(LabelScale scale) {
        return table(scale, item -> true);
    }

    /** The table of the items that pass {@code keep}. */
    RatingTable table(LabelScale scale, Predicate<String> keep) {
        RatingTable.Builder b = RatingTable.builder();
        if (scale != null) {
            b.scale(scale);
        }
        new TreeSet<>(reviewerIds()).forEach(b::addReviewer);
        itemOrder.stream().filter(keep).forEach(b::addItem);
        for (Review r : reviews) {
            if (keep.test(r.itemId())) {
                b.add(r.itemId(), r.reviewerId(), r.label());
            }
        }
        return b.build();
    }

    private Set<String> reviewerIds() {
        Set<String> ids = new LinkedHashSet<>();
        reviews.forEach(r -> ids.add(r.reviewerId()));
        return ids;
    }

    /** The items the reviewer has a latest review of (none for a null id). */
    Set<String> itemsReviewedBy(String reviewerId) {
        Set<String> mine = new java.util.HashSet<>();
        for (Review r : reviews) {
            if (r.reviewerId().equals(reviewerId)) {
                mine.add(r.itemId());
            }
        }
        return mine;
    }

    /** Reviewer id to display name. */
    Map<String, String> reviewerNames() {
        Map<String, String> names = new TreeMap<>();
        reviews.forEach(r -> names.put(r.reviewerId(), r.reviewerName()));
        return names;
    }

    /** The adjudicated label of every reviewed item a lead decided. */
    Map<String, String> referenceLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String item : itemOrder) {
            Adjudication a = adjudications.get(item);
            if (a != null) {
                labels.put(item, a.label());
            }
        }
        return labels;
    }

    /**
     * Best/worst picks on retry chains (items with two or more attempts): one per review that picked something.
     * "None acceptable" is a best pick of none; a review without a worst pick singled out none. Stored picks are
     * 0-based attempt positions; the labels count from 1 ({@code "attempt 1"} is the first), as the screens do.
     */
    List<PickAgreement.Pick> picks() {
        List<PickAgreement.Pick> picks = new ArrayList<>();
        for (Review r : reviews) {
            RatedItem item = items.get(r.itemId());
            if (item != null && item.attemptCount() >= 2 && r.hasPick()) {
                picks.add(new PickAgreement.Pick(r.itemId(), r.reviewerId(),
                        r.noneAcceptable() ? null : oneBased(r.best()), oneBased(r.worst())));
            }
        }
        return picks;
    }

    private static Integer oneBased(Integer position) {
        return position == null ? null : position + 1;
    }

    /** Item to (reviewer to correction), for items with at least one non-blank correction, in queue order. */
    Map<String, Map<String, String>> corrections() {
        Map<String, Map<String, String>> byItem = new HashMap<>();
        for (Review r : reviews) {
            if (r.hasCorrection()) {
                byItem.computeIfAbsent(r.itemId(), k -> new TreeMap<>()).put(r.reviewerId(), r.correction());
            }
        }
        Map<String, Map<String, String>> ordered = new LinkedHashMap<>();
        itemOrder.stream().filter(byItem::containsKey).forEach(i -> ordered.put(i, byItem.get(i)));
        return ordered;
    }
}
