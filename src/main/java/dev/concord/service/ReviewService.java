package dev.concord.service;

import dev.concord.model.EvaluatorScore;
import dev.concord.model.FlaggedItem;
import dev.concord.redact.Redactor;
import dev.concord.review.Pace;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewProgress;
import dev.concord.review.ReviewRules;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.review.Skip;
import dev.concord.review.Viewer;
import dev.concord.review.Visibility;
import dev.concord.store.AssignmentRepository;
import dev.concord.store.Database;
import dev.concord.store.EvaluatorScoreRepository;
import dev.concord.store.ItemNeeds;
import dev.concord.store.JdbcQueueRepository;
import dev.concord.store.QueueRepository;
import dev.concord.store.ReviewRepository;
import dev.concord.store.ReviewerRepository;
import dev.concord.store.SettingsRepository;
import dev.concord.store.SkipRepository;
import dev.concord.store.WalAnchor;

import java.time.Clock;
import java.util.function.Supplier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviewing the flagged queue: which item a reviewer gets next (reserved for {@link #HOLD}; by the project's
 * assignment mode, with dynamic overlap, see {@link DynamicOverlap}), opening a chosen item, skipping and taking
 * skips back, submitting and revising one's own review (each submit one transaction; corrections and notes redacted),
 * the blind rule (others' reviews only after one's own), and progress. Holds a {@link WalAnchor} on the
 * database while open, so that per-operation connections stay cheap: close it when done.
 */
public final class ReviewService implements AutoCloseable {
    /** How long an opened item stays reserved for its reviewer. */
    public static final Duration HOLD = Duration.ofMinutes(15);
    /** How long the count of all items (a full index scan) is reused by {@link #progress}. */
    static final Duration ITEM_COUNT_TTL = Duration.ofSeconds(60);

    private final QueueRepository items;
    private final ReviewRepository reviews;
    private final ReviewerRepository reviewers;
    private final AssignmentRepository assignments;
    private final SettingsRepository settings;
    private final SkipRepository skips;
    private final Database db;
    private final Supplier<Redactor> redactor;
    private final Clock clock;
    private final ZoneId zone;
    private final WalAnchor anchor;
    private long itemCount = -1;
    private Instant itemCountAt = Instant.MIN;

    public ReviewService(Database db, Redactor redactor, Clock clock, ZoneId zone) {
        this(db, () -> redactor, clock, zone);
    }

    /** @param redactor asked at each submit: the project's rules may change while the service lives */
    private ReviewService(Database db, Supplier<Redactor> redactor, Clock clock, ZoneId zone) {
        this.items = new JdbcQueueRepository(db);
        this.reviews = new ReviewRepository(db);
        this.reviewers = new ReviewerRepository(db);
        this.assignments = new AssignmentRepository(db);
        this.settings = new SettingsRepository(db);
        this.skips = new SkipRepository(db);
        this.db = db;
        this.redactor = redactor;
        this.clock = clock;
        this.zone = zone;
        this.anchor = WalAnchor.hold(db);
    }

    /** Lets go of the database (the anchor connection). */
    @Override
    public void close() {
        anchor.close();
    }

    public ReviewService(Database db) {
        this(db, new ProjectRules(db)::redactor, Clock.systemUTC(), ZoneId.systemDefault());
    }

    public ReviewSettings settings() {
        return settings.reviewSettings();
    }

    /**
     * The item that most needs this reviewer, reserved for them; the one they still hold if any. In "complete
     * overlap first" mode: the oldest item others started that still wants reviews, else the oldest untouched one;
     * in "spread first": fewest reviews, then oldest. Never one they reviewed or skipped, nor one at what it wants
     * counting others' live reservations.
     */
    public Optional<FlaggedItem> next(String reviewerId) {
        ReviewSettings s = settings.reviewSettings();
        DynamicOverlap.needs(db, s).refreshIfStale(db);
        return assignments.reserveNext(reviewerId, s.mode(), s.overlap(), clock.instant(), HOLD).flatMap(items::find);
    }

    /**
     * The evaluator scores (LLM judges, code checks) kept with these generations: read-only metadata beside the
     * answers, never a review. Every generation asked for is a key (an empty list when it has none).
     */
    public Map<String, List<EvaluatorScore>> evaluatorScores(List<String> generations) {
        return new EvaluatorScoreRepository(db).forGenerations(generations);
    }

    public Optional<FlaggedItem> item(String itemId) {
        return items.find(itemId);
    }

    /** A chosen item opened for review: reserved for the reviewer, or their own review of it to revise. */
    public record Opened(FlaggedItem item, boolean ownReview) {
    }

    /**
     * Opens a chosen item for the reviewer: their own review of it to revise if they reviewed it, otherwise reserved
     * for them (taking back a skip of it). A lead may open any item (from the queue); other reviewers only items
     * they skipped or reviewed, and otherwise get the items assigned to them.
     *
     * @throws IllegalArgumentException if there is no such item or reviewer
     * @throws ReviewAccessException if the reviewer may not choose this item, or it already has (or, with others'
     *                               reservations, will have) all the reviews it wants
     */
    public Opened open(String reviewerId, String itemId) {
        Reviewer reviewer = reviewers.find(reviewerId)
                .orElseThrow(() -> new IllegalArgumentException("reviewer: unknown reviewer " + reviewerId));
        if (!reviewer.lead() && !skips.isSkipped(itemId, reviewerId) && reviews.latest(itemId, reviewerId).isEmpty()) {
            throw new ReviewAccessException("only leads open an item of their choice; " + reviewer.name()
                    + " reviews the items assigned to them");
        }
        ReviewSettings s = settings.reviewSettings();
        DynamicOverlap.needs(db, s).refreshIfStale(db);
        AssignmentRepository.Claim claim = assignments.claim(itemId, reviewerId, s.overlap(), clock.instant(), HOLD);
        FlaggedItem item = items.find(itemId).orElse(null);
        if (claim == AssignmentRepository.Claim.UNKNOWN || item == null) {
            throw new IllegalArgumentException("item: unknown item " + itemId);
        }
        if (claim == AssignmentRepository.Claim.FULL) {
            throw new ReviewAccessException(itemId + " already has the reviews it needs (counting reviewers who hold it "
                    + "now); it is not open for another review");
        }
        return new Opened(item, claim == AssignmentRepository.Claim.OWN_REVIEW);
    }

    /** The reviewer passes on the item; it is not offered to them again until they take it back. */
    public void skip(String reviewerId, String itemId) {
        skips.skip(itemId, reviewerId, clock.instant());
    }

    /** The reviewer's skipped items, most recent first, at most {@code limit}. */
    public List<Skip> skips(String reviewerId, int limit) {
        return skips.skips(reviewerId, limit);
    }

    /** How many items the reviewer has skipped. */
    public long skipCount(String reviewerId) {
        return skips.count(reviewerId);
    }

    /**
     * Takes a skip back: the item can be offered to the reviewer again (if it still wants reviews).
     *
     * @throws IllegalArgumentException if the reviewer had not skipped the item
     */
    public void takeBack(String reviewerId, String itemId) {
        if (!skips.takeBack(itemId, reviewerId)) {
            throw new IllegalArgumentException("item: " + itemId + " is not among your skipped items");
        }
    }

    /** Gives the item back unreviewed (e.g. when the reviewer closes the screen). */
    public void release(String reviewerId, String itemId) {
        assignments.release(itemId, reviewerId);
    }

    /**
     * Submits the reviewer's review of the item, or a new revision of it, in one transaction, and returns the
     * stored revision.
     *
     * @throws IllegalArgumentException if the reviewer or item is unknown or the draft is inconsistent
     */
    public Review submit(String reviewerId, String itemId, ReviewDraft draft) {
        Checked checked = check(reviewerId, itemId, draft);
        int revision = reviews.submit(itemId, checked.reviewer().id(), checked.draft(), checked.at(), checked.needs());
        return checked.stored(itemId, revision);
    }

    /** A submitted review and the item reserved next for its reviewer, as {@link #next} would give it. */
    public record SubmittedAndNext(Review review, Optional<FlaggedItem> next) {
    }

    /**
     * {@link #submit} and then {@link #next} for the same reviewer, as a reviewer goes from one item to the next: on
     * SQLite in one transaction (one turn of its single write lock; nothing is stored unless both are).
     *
     * @throws IllegalArgumentException if the reviewer or item is unknown or the draft is inconsistent
     */
    public SubmittedAndNext submitAndNext(String reviewerId, String itemId, ReviewDraft draft) {
        Checked checked = check(reviewerId, itemId, draft);
        checked.needs().refreshIfStale(db);
        ReviewRepository.SubmittedAndNext done = reviews.submitAndReserveNext(itemId, checked.reviewer().id(),
                checked.draft(), checked.at(), checked.needs(), HOLD);
        return new SubmittedAndNext(checked.stored(itemId, done.revision()), done.next().flatMap(items::find));
    }

    /** A draft checked and redacted for submitting, with who submits it, when, and the rule of what items want. */
    private record Checked(Reviewer reviewer, ReviewDraft draft, Instant at, ItemNeeds needs) {
        Review stored(String itemId, int revision) {
            return new Review(itemId, reviewer.id(), reviewer.name(), revision, draft.label(), draft.correction(),
                    draft.best(), draft.worst(), draft.noneAcceptable(), draft.note(), at, true);
        }
    }

    private Checked check(String reviewerId, String itemId, ReviewDraft draft) {
        Reviewer reviewer = reviewers.find(reviewerId)
                .orElseThrow(() -> new IllegalArgumentException("reviewer: unknown reviewer " + reviewerId));
        FlaggedItem item = items.find(itemId)
                .orElseThrow(() -> new IllegalArgumentException("item: unknown item " + itemId));
        ReviewSettings s = settings.reviewSettings();
        ReviewDraft checked = ReviewRules.check(draft, item, s.labels());
        Redactor r = redactor.get();
        ReviewDraft clean = new ReviewDraft(checked.label(), r.redact(checked.correction(), null),
                checked.best(), checked.worst(), checked.noneAcceptable(), r.redact(checked.note(), null));
        return new Checked(reviewer, clean, clock.instant(), DynamicOverlap.needs(db, s));
    }

    /**
     * Revises the review of {@code authorId} on the item. Only the author may.
     *
     * @throws ReviewAccessException when the caller is not the author
     * @throws IllegalArgumentException when there is no review to revise
     */
    public Review revise(String callerId, String itemId, String authorId, ReviewDraft draft) {
        if (!callerId.equals(authorId)) {
            throw new ReviewAccessException("nobody can change another reviewer's review");
        }
        if (reviews.latest(itemId, authorId).isEmpty()) {
            throw new IllegalArgumentException("item: there is no review of " + itemId + " to revise");
        }
        return submit(callerId, itemId, draft);
    }

    /** The reviewer's own latest review of the item. */
    public Optional<Review> myReview(String reviewerId, String itemId) {
        return reviews.latest(itemId, reviewerId);
    }

    /** Every revision of the reviewer's own review of the item, oldest first. */
    public List<Review> myRevisions(String reviewerId, String itemId) {
        return reviews.revisions(itemId, reviewerId);
    }

    /**
     * Every reviewer's latest review of the item that the viewer may see ({@link Visibility}), the viewer's first:
     * the side-by-side reveal.
     *
     * @throws ReviewAccessException while a non-lead viewer has not submitted a review of the item (reviews are
     *     blind)
     */
    public List<Review> reveal(Viewer viewer, String itemId) {
        List<Review> all = reviews.latestVisibleTo(itemId, viewer);
        if (!viewer.lead() && all.isEmpty()) {
            throw new ReviewAccessException("reviews are blind: submit your own review of " + itemId
                    + " before seeing the others'");
        }
        return all;
    }

    private synchronized long itemCount(Instant now) {
        if (itemCount < 0 || Duration.between(itemCountAt, now).compareTo(ITEM_COUNT_TTL) > 0 || now.isBefore(itemCountAt)) {
            itemCount = reviews.itemCount();
            itemCountAt = now;
        }
        return itemCount;
    }

    /** Forgets cached counts, e.g. after an ingest added items. */
    public synchronized void refresh() {
        itemCount = -1;
    }

    /**
     * Reviewed today and in all, items left to full overlap (the count of all items is reused for a minute,
     * see {@link #refresh}), and pace over the current sitting.
     */
    public ReviewProgress progress(String reviewerId) {
        Instant now = clock.instant();
        Instant startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        List<Instant> today = reviews.firstSubmissionsSince(reviewerId, startOfDay);
        long total = reviews.reviewedBy(reviewerId);
        long left = Math.max(0, itemCount(now) - reviews.itemsAtOrAbove(settings.reviewSettings().overlap()));
        return new ReviewProgress(today.size(), total, left, Pace.perHour(today));
    }
}
