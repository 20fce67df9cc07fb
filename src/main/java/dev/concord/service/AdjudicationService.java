package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.redact.Redactor;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Disagreement;
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
import java.util.List;
import java.util.Optional;

/**
 * Settling disagreements: the items that reached their overlap with differing labels (most disagreed first),
 * their reviews side by side for leads, and the lead's final label and correction, kept with who decided.
 */
public final class AdjudicationService {
    private final AdjudicationRepository adjudications;
    private final ReviewRepository reviews;
    private final ReviewerRepository reviewers;
    private final QueueRepository items;
    private final SettingsRepository settings;
    private final Redactor redactor;
    private final Clock clock;

    public AdjudicationService(Database db, Redactor redactor, Clock clock) {
        this.adjudications = new AdjudicationRepository(db);
        this.reviews = new ReviewRepository(db);
        this.reviewers = new ReviewerRepository(db);
        this.items = new JdbcQueueRepository(db);
        this.settings = new SettingsRepository(db);
        this.redactor = redactor;
        this.clock = clock;
    }

    public AdjudicationService(Database db) {
        this(db, Redactor.standard(), Clock.systemUTC());
    }

    public ReviewSettings settings() {
        return settings.reviewSettings();
    }

    public long count() {
        return adjudications.countDisagreements(settings.reviewSettings().overlap());
    }

    /** A page of disagreements: undecided first, then most distinct labels, smallest majority, oldest. */
    public List<Disagreement> page(long offset, int limit) {
        return adjudications.disagreements(settings.reviewSettings().overlap(), offset, limit);
    }

    public Optional<FlaggedItem> item(String itemId) {
        return items.find(itemId);
    }

    /**
     * All latest reviews of an item at its overlap, for a lead to compare.
     *
     * @throws ReviewAccessException if the caller is not a lead
     */
    public List<Review> reviews(String leadId, String itemId) {
        requireLead(leadId);
        return reviews.latestAtOverlap(itemId, settings.reviewSettings().overlap());
    }

    public Optional<Adjudication> decision(String itemId) {
        return adjudications.find(itemId);
    }

    /**
     * Records the lead's final label and correction (redacted), replacing an earlier decision.
     *
     * @throws ReviewAccessException if the caller is not a lead
     * @throws IllegalArgumentException if the item has not reached its overlap or the decision is inconsistent
     */
    public Adjudication decide(String leadId, String itemId, AdjudicationDraft draft) {
        Reviewer lead = requireLead(leadId);
        FlaggedItem item = items.find(itemId)
                .orElseThrow(() -> new IllegalArgumentException("item: unknown item " + itemId));
        ReviewSettings s = settings.reviewSettings();
        if (reviews.latestAtOverlap(itemId, s.overlap()).isEmpty()) {
            throw new IllegalArgumentException("item: " + itemId + " has not reached its overlap of " + s.overlap());
        }
        AdjudicationDraft checked = ReviewRules.check(draft, item, s.labels());
        AdjudicationDraft clean = new AdjudicationDraft(checked.label(), redactor.redact(checked.correction(), null),
                checked.best(), checked.worst(), checked.noneAcceptable(), checked.takenFrom(), redactor.redact(checked.note(), null));
        adjudications.decide(itemId, lead.id(), clean, clock.instant());
        return adjudications.find(itemId).orElseThrow();
    }

    private Reviewer requireLead(String id) {
        Reviewer r = reviewers.find(id).orElseThrow(() -> new ReviewAccessException("unknown reviewer " + id));
        if (!r.lead()) {
            throw new ReviewAccessException(r.name() + " is not a lead; only leads settle disagreements");
        }
        return r;
    }
}
