package dev.concord.service;

import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.Disagreement;
import dev.concord.curate.LeadsQueue;
import dev.concord.model.FlaggedItem;
import dev.concord.redact.Redactor;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.ReviewRules;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.store.AdjudicationRepository;
import dev.concord.store.Database;
import dev.concord.store.JdbcQueueRepository;
import dev.concord.store.QueueRepository;
import dev.concord.store.ReviewRepository;
import dev.concord.store.ReviewerRepository;
import dev.concord.store.SettingsRepository;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Settling disagreements, for leads only: the leads' queue ({@link LeadsQueue}: the items with their minimum
 * reviews that the current consensus policy does not accept, most disagreed first), an item's reviews side by
 * side, and the lead's final label, correction and best/worst picks, kept with who decided. Every method that
 * returns reviews, decisions or the queue takes the viewer and refuses anyone who is not a lead.
 * <p>
 * The current consensus policy is the one saved with the last export ({@link ExportService#savedPolicy()}), or
 * the defaults: the one the Export dialog and {@code concord export} start from, so the queue is exactly what
 * their preview leaves out for an item-level reason.
 */
public final class AdjudicationService {
    private final Database db;
    private final AdjudicationRepository adjudications;
    private final ReviewRepository reviews;
    private final ReviewerRepository reviewers;
    private final QueueRepository items;
    private final SettingsRepository settings;
    private final Supplier<Redactor> redactor;
    private final Clock clock;

    public AdjudicationService(Database db, Redactor redactor, Clock clock) {
        this(db, () -> redactor, clock);
    }

    /** @param redactor asked at each decision: the project's rules may change while the service lives */
    private AdjudicationService(Database db, Supplier<Redactor> redactor, Clock clock) {
        this.db = db;
        this.adjudications = new AdjudicationRepository(db);
        this.reviews = new ReviewRepository(db);
        this.reviewers = new ReviewerRepository(db);
        this.items = new JdbcQueueRepository(db);
        this.settings = new SettingsRepository(db);
        this.redactor = redactor;
        this.clock = clock;
    }

    public AdjudicationService(Database db) {
        this(db, new ProjectRules(db)::redactor, Clock.systemUTC());
    }

    public ReviewSettings settings() {
        return settings.reviewSettings();
    }

    /** The consensus policy saved with the last export, or the defaults (the one dynamic overlap uses too). */
    public ConsensusPolicy policy() {
        return DynamicOverlap.savedConsensus(db);
    }

    /**
     * The leads' queue under the current policy, most disagreed first; with {@code withDecided} the decided items
     * follow. Reads every reviewed item's latest reviews (not their texts): run it off the UI thread.
     *
     * @throws ReviewAccessException if the viewer is not a lead
     */
    public List<Disagreement> queue(String viewerId, boolean withDecided) {
        return queue(viewerId, withDecided, policy());
    }

    /** The leads' queue under another policy (e.g. the one given to {@code concord export --policy}). */
    public List<Disagreement> queue(String viewerId, boolean withDecided, ConsensusPolicy policy) {
        requireLead(viewerId);
        LeadsQueue queue = new LeadsQueue(policy, withDecided);
        adjudications.forEachReviewed(queue::offer);
        List<Disagreement> sorted = queue.sorted();
        Set<String> awaiting = new OverlapStatus(db).awaitingMoreReviews(sorted.stream()
                .filter(d -> !d.decided()).map(Disagreement::itemId).toList());
        return awaiting.isEmpty() ? sorted
                : sorted.stream().map(d -> awaiting.contains(d.itemId()) ? d.withAwaitingMoreReviews(true) : d).toList();
    }

    /**
     * An item with every latest review and its decision, for a lead to compare and decide; the reviews are empty
     * until the item has the policy's minimum reviews (or a decision).
     *
     * @throws ReviewAccessException if the viewer is not a lead
     * @throws IllegalArgumentException if there is no such item
     */
    public ItemReviews open(String viewerId, String itemId) {
        requireLead(viewerId);
        FlaggedItem item = items.find(itemId).orElseThrow(() -> new IllegalArgumentException("item: unknown item " + itemId));
        Optional<Adjudication> decision = adjudications.find(itemId);
        return new ItemReviews(itemId, item, visible(itemId, decision.isPresent()), decision.orElse(null));
    }

    /**
     * All latest reviews of an item that has the policy's minimum reviews (or a decision), for a lead to compare.
     *
     * @throws ReviewAccessException if the viewer is not a lead
     */
    public List<Review> reviews(String viewerId, String itemId) {
        requireLead(viewerId);
        return visible(itemId, adjudications.find(itemId).isPresent());
    }

    /**
     * The lead's decision on an item, if any.
     *
     * @throws ReviewAccessException if the viewer is not a lead
     */
    public Optional<Adjudication> decision(String viewerId, String itemId) {
        requireLead(viewerId);
        return adjudications.find(itemId);
    }

    /**
     * Records the lead's final label, correction (redacted) and best/worst picks or "none acceptable", replacing an
     * earlier decision. The item then counts as agreed for export, unless the label is the expert label.
     *
     * @throws ReviewAccessException if the caller is not a lead
     * @throws IllegalArgumentException if the item lacks the policy's minimum reviews or the decision is inconsistent
     */
    public Adjudication decide(String leadId, String itemId, AdjudicationDraft draft) {
        requireLead(leadId);
        FlaggedItem item = items.find(itemId)
                .orElseThrow(() -> new IllegalArgumentException("item: unknown item " + itemId));
        ReviewSettings s = settings.reviewSettings();
        int min = policy().minReviews();
        AdjudicationDraft checked = ReviewRules.check(draft, item, s.labels());
        AdjudicationDraft clean = new AdjudicationDraft(checked.label(), redactor.get().redact(checked.correction(), null),
                checked.best(), checked.worst(), checked.noneAcceptable(), checked.takenFrom(), redactor.get().redact(checked.note(), null));
        // The role and the minimum are checked again in the transaction that writes, with the item locked.
        switch (adjudications.decideAsLead(itemId, leadId, min, clean, clock.instant())) {
            case UNKNOWN_LEAD, NOT_A_LEAD -> throw new ReviewAccessException(reviewers.find(leadId)
                    .map(Reviewer::name).orElse(leadId) + " is not a lead; only leads settle disagreements");
            case UNKNOWN_ITEM -> throw new IllegalArgumentException("item: unknown item " + itemId);
            case TOO_FEW_REVIEWS -> throw new IllegalArgumentException("item: " + itemId + " does not have the " + min
                    + " reviews the consensus policy asks for yet");
            case DECIDED -> {
            }
        }
        return adjudications.find(itemId).orElseThrow();
    }

    private List<Review> visible(String itemId, boolean decided) {
        return reviews.latestAtOverlap(itemId, decided ? 1 : policy().minReviews());
    }

    private Reviewer requireLead(String id) {
        Reviewer r = reviewers.find(id == null ? "" : id).orElseThrow(() -> new ReviewAccessException("unknown reviewer " + id));
        if (!r.lead()) {
            throw new ReviewAccessException(r.name() + " is not a lead; only leads see the leads' queue and settle disagreements");
        }
        return r;
    }
}
