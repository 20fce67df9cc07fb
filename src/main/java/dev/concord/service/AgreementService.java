package dev.concord.service;

import dev.concord.agreement.AgreementCalculator;
import dev.concord.agreement.AgreementOptions;
import dev.concord.agreement.AgreementReport;
import dev.concord.agreement.CorrectionConsensus;
import dev.concord.agreement.ItemAgreement;
import dev.concord.agreement.LabelScale;
import dev.concord.agreement.PickAgreement;
import dev.concord.agreement.RatingTable;
import dev.concord.agreement.RatingsCsvReader;
import dev.concord.model.CancelledException;
import dev.concord.model.ProgressListener;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.Viewer;
import dev.concord.review.Visibility;
import dev.concord.store.Database;
import dev.concord.store.JdbcQueueRepository;
import dev.concord.store.ReviewRatingsRepository;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;

/**
 * Inter-rater agreement over the latest reviews in the store, or over a ratings file. The latest revision of
 * each reviewer's review of an item is one rating; adjudicated labels are the reference for per-reviewer
 * agreement (the majority of the other reviewers where there is none). Long-running: progress is reported
 * and cancellation ends the work with {@link CancelledException}. Conventions: {@code docs/agreement.md}.
 */
public final class AgreementService {
    private static final Calc CALC = new Calc();

    private final Database db;
    private final ReviewRatingsRepository reviews;
    public AgreementService(Database db) {
        this.db = db;
        this.reviews = new ReviewRatingsRepository(db);
    }

    /**
     * Analyses the latest reviews in the store. The figures cover every review; what names single items (the
     * report's per-item rows, the per-item corrections, the drill-down lists) holds only the items the viewer may
     * see ({@link Visibility#canSeeItem}: a lead sees all, a reviewer only the items they have reviewed).
     */
    public AgreementAnalysis analyseStore(AgreementRequest request, Viewer viewer, ProgressListener progress) {
        progress.progress(-1, -1, "Loading reviews");
        ReviewRatings data = ReviewRatings.load(reviews, progress::isCancelled);
        progress.checkCancelled();
        List<String> warnings = new ArrayList<>();
        if (data.reviews().isEmpty()) {
            warnings.add("the database holds no reviews yet");
        }
        LabelSetResolver.Resolved labels = LabelSetResolver.resolve(request.labelScale(),
                reviews.setting(LabelSetReader.SETTINGS_KEY), data.labelsUsed(), warnings);
        RatingTable table = data.table(labels.scale());
        List<PickAgreement.Pick> picks = data.picks();
        List<String> weeks = data.weeks();
        StagedProgress stages = new StagedProgress(progress, table.ratingCount(), 2.0 * picks.size(),
                table.ratingCount());
        Map<String, String> reference = data.referenceLabels();
        AgreementOptions options = request.options();
        AgreementReport report = compute(table, options.withReferenceLabels(reference), progress,
                stages.stage(0, "Agreement on labels"));
        PickAgreement.Result pickResult = picks.isEmpty() ? null
                : pickAgreement(picks, options, progress, stages.stage(1, "Agreement on best and worst attempts"));
        Set<String> mine = data.itemsReviewedBy(viewer.reviewerId());
        Predicate<String> visible = item -> Visibility.canSeeItem(viewer, mine.contains(item));
        CorrectionAgreement corrections = corrections(data.corrections(), visible);
        List<WeekAgreement> perWeek = new ArrayList<>();
        DoubleConsumer weekStage = stages.stage(2, "Agreement per week");
        int done = 0;
        for (String week : weeks) {
            RatingTable weekTable = data.table(labels.scale(), item -> week.equals(data.weekOfItem().get(item)));
            double from = done / (double) table.ratingCount();
            double share = weekTable.ratingCount() / (double) table.ratingCount();
            perWeek.add(new WeekAgreement(week, compute(weekTable, options, progress,
                    p -> weekStage.accept(from + share * p))));
            done += weekTable.ratingCount();
        }
        long unstable = perWeek.stream().filter(w -> w.report().pairableItems() < options.minItems()).count();
        if (unstable > 0) {
            warnings.add(unstable + " of " + perWeek.size() + " weeks have fewer than " + options.minItems()
                    + " items with two or more ratings: their figures are unstable and their intervals wide");
        }
        Map<String, String> names = data.reviewerNames();
        AgreementDrilldown drill = new AgreementDrilldown(table, data.items(), data.weekOfItem(), reference, names,
                corrections, visible);
        int hidden = (int) table.items().stream().filter(visible.negate()).count();
        return new AgreementAnalysis("store", db.displayName(), restricted(report, warnings, visible),
                labels.info(table.labels()), names, reference.size(), pickResult, corrections, perWeek, drill, hidden);
    }

    /**
     * Analyses a ratings file (CSV with header {@code item,reviewer,label}, see {@link RatingsCsvReader}).
     *
     * @throws dev.concord.agreement.RatingsFormatException naming file and line when the file is not a ratings
     *     table
     * @throws IllegalArgumentException when the request's label set does not cover a label in the file
     * @throws IOException when the file cannot be read
     */
    public static AgreementAnalysis analyseRatings(Path file, AgreementRequest request, ProgressListener progress)
            throws IOException {
        progress.progress(-1, -1, "Reading " + file.getFileName());
        RatingTable table;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = RatingsCsvReader.read(in, file.toString());
        }
        if (request.labelScale() != null) {
            table = table.withScale(request.labelScale());
        }
        StagedProgress stages = new StagedProgress(progress, 1);
        AgreementReport report = CALC.compute(table, request.options(), progress,
                stages.stage(0, "Agreement on labels"));
        Map<String, String> names = new TreeMap<>();
        table.reviewers().forEach(r -> names.put(r, r));
        LabelSetInfo info = new LabelSetInfo(request.labelScale() == null ? "data" : "request",
                table.scale().map(LabelScale::kind).orElse(LabelScale.Kind.NOMINAL),
                table.labels());
        return new AgreementAnalysis("ratings", file.toString(), report, info, names, 0, null, null, List.of(),
                new AgreementDrilldown(table, Map.of(), Map.of(), Map.of(), names, null, item -> true), 0);
    }

    /**
     * An item with every reviewer's latest review and the lead's decision, for a side-by-side view.
     *
     * @throws ReviewAccessException when the viewer may not see the item's reviews ({@link Visibility}): a non-lead
     *     who has not reviewed it
     */
    public ItemReviews itemReviews(Viewer viewer, String itemId) {
        List<Review> all = reviews.latestReviewsOf(itemId);
        if (!Visibility.canSeeItem(viewer, Visibility.hasReviewed(viewer, all))) {
            throw new ReviewAccessException("reviews are blind: review " + itemId + " yourself to see its reviews");
        }
        Adjudication adjudication = reviews.adjudicationOf(itemId).orElse(null);
        return new ItemReviews(itemId, new JdbcQueueRepository(db).find(itemId).orElse(null),
                Visibility.visible(viewer, all), adjudication);
    }

    private static AgreementReport compute(RatingTable table, AgreementOptions options, ProgressListener progress,
                                    DoubleConsumer stage) {
        return CALC.compute(table, options, progress, stage);
    }

    private static PickAgreement.Result pickAgreement(List<PickAgreement.Pick> picks, AgreementOptions options,
                                               ProgressListener progress, DoubleConsumer stage) {
        RatingTable.Builder best = RatingTable.builder();
        RatingTable.Builder worst = RatingTable.builder();
        for (PickAgreement.Pick p : picks) {
            best.add(p.chain(), p.reviewer(), PickAgreement.label(p.best()));
            worst.add(p.chain(), p.reviewer(), PickAgreement.label(p.worst()));
        }
        AgreementReport b = compute(best.build(), options, progress, share -> stage.accept(share / 2));
        AgreementReport w = compute(worst.build(), options, progress, share -> stage.accept(0.5 + share / 2));
        return new PickAgreement.Result(b, w);
    }

    /** Agreement of corrections over every item; the per-item entries only for the items the viewer may see. */
    private static CorrectionAgreement corrections(Map<String, Map<String, String>> byItem, Predicate<String> visible) {
        if (byItem.isEmpty()) {
            return null;
        }
        CorrectionConsensus consensus = new CorrectionConsensus();
        List<CorrectionAgreement.Item> items = new ArrayList<>();
        int comparable = 0;
        int agreeing = 0;
        double similarity = 0;
        for (Map.Entry<String, Map<String, String>> e : byItem.entrySet()) {
            CorrectionConsensus.Consensus c = consensus.evaluate(e.getValue());
            if (visible.test(e.getKey())) {
                items.add(new CorrectionAgreement.Item(e.getKey(), c.corrections(), c.agreed(), c.minSimilarity(),
                        c.meanSimilarity(), c.medoidReviewer(), c.consensusText()));
            }
            if (c.corrections() >= 2) {
                comparable++;
                agreeing += c.agreed() ? 1 : 0;
                similarity += c.meanSimilarity();
            }
        }
        return new CorrectionAgreement(consensus.threshold(), byItem.size(), comparable, agreeing,
                comparable == 0 ? null : agreeing / (double) comparable,
                comparable == 0 ? null : similarity / comparable, items);
    }

    /** The report with the analysis' warnings added and only the per-item rows the viewer may see. */
    private static AgreementReport restricted(AgreementReport r, List<String> extra, Predicate<String> visible) {
        List<ItemAgreement> perItem = r.perItem().stream().filter(i -> visible.test(i.item())).toList();
        if (extra.isEmpty() && perItem.size() == r.perItem().size()) {
            return r;
        }
        List<String> all = new ArrayList<>(r.warnings());
        all.addAll(extra);
        return new AgreementReport(r.items(), r.reviewers(), r.ratings(), r.pairableItems(), r.labels(),
                r.percentAgreement(), r.fleissKappa(), r.fleissChanceAgreement(), r.krippendorffAlpha(), r.gwetAc1(),
                r.gwetChanceAgreement(), r.meanCohenKappa(), r.cohenKappa(), r.perLabel(), r.perReviewer(),
                perItem, r.ordinal(), r.ci(), r.bootstrapResamples(), r.seed(), r.confidence(), all);
    }

    /** One core computation with progress and cancellation wired to a listener. */
    private static final class Calc {
        private final AgreementCalculator calculator = new AgreementCalculator();

        AgreementReport compute(RatingTable table, AgreementOptions options, ProgressListener progress,
                                DoubleConsumer stage) {
            try {
                return calculator.compute(table, options.withProgress(stage, progress::isCancelled));
            } catch (CancellationException e) {
                throw new CancelledException();
            }
        }
    }
}
