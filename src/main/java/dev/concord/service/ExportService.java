package dev.concord.service;

import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.RecencyWeight;
import dev.concord.curate.ReviewedItem;
import dev.concord.export.ExportException;
import dev.concord.export.ExportFolder;
import dev.concord.export.ExportInput;
import dev.concord.export.ExportPipeline;
import dev.concord.export.ExportWriter;
import dev.concord.export.Leftovers;
import dev.concord.export.Manifest;
import dev.concord.export.PolicyJson;
import dev.concord.export.PrefetchingInput;
import dev.concord.export.RowSink;
import dev.concord.export.Tally;
import dev.concord.model.CancelledException;
import dev.concord.model.Candidate;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;
import dev.concord.review.Viewer;
import dev.concord.store.Database;
import dev.concord.store.Erasures;
import dev.concord.store.ExportPolicyStore;
import dev.concord.store.EvaluatorScoreRepository;
import dev.concord.store.ExportSourceRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Exports what reviewers agreed on (and, by policy, the automatic candidates) into eval and training files, or
 * previews the counts without writing. An export is atomic: written beside the target and renamed into place
 * when complete, so a failed or cancelled export leaves the previous one intact and no partial file. The same
 * database and policy give byte-identical data files; only the manifest's {@code created_at} (from the clock)
 * changes.
 */
public final class ExportService {
    private final Database db;
    /** The project's redactor, resolved in the job (it reads the project's rules), never where the service is made. */
    private final Supplier<Redactor> redactor;
    private final Clock clock;
    private final ExportSourceRepository sources;

    public ExportService(Database db, Redactor redactor, Clock clock) {
        this(db, () -> redactor, clock);
    }

    public ExportService(Database db) {
        this(db, new ProjectRules(db)::redactor, Clock.systemUTC());
    }

    private ExportService(Database db, Supplier<Redactor> redactor, Clock clock) {
        this.db = db;
        this.redactor = redactor;
        this.clock = clock;
        this.sources = new ExportSourceRepository(db);
    }

    /** Counts rows per file and exclusions per reason exactly as {@link #export} would, writing nothing. */
    public ExportReport preview(ExportPolicy policy, Consumer<Exclusion> exclusions, ProgressListener progress) {
        return preview(policy, exclusions, false, progress);
    }

    /**
     * As {@link #preview(ExportPolicy, Consumer, ProgressListener)}; with {@code withAgreement} the report also
     * carries the database's agreement figures (they do not depend on the policy, so a dialog that previews on
     * every edit asks for them once).
     */
    public ExportReport preview(ExportPolicy policy, Consumer<Exclusion> exclusions, boolean withAgreement,
                                ProgressListener progress) {
        long started = System.nanoTime();
        Tally tally = pipeline(policy).run(input(), RowSink.DISCARD, exclusions, progress);
        AgreementAnalysis agreement = withAgreement ? agreement(progress) : null;
        return new ExportReport(policy, tally, sources.countUnreviewed(), null, Map.of(), agreement, Leftovers.NONE,
                elapsed(started));
    }

    /**
     * Writes {@code outDir} (which must be new, empty, or a previous Concord export whose manifest lists exactly
     * the files present) with every file and the manifest, removes leftovers of interrupted exports to the same
     * folder, and remembers the policy for the next export (unless the database is read-only: the policy is in
     * the manifest either way).
     *
     * @throws ExportException when the target folder cannot be used or written; a refused folder is not touched
     * @throws CancelledException when the listener asked to stop; nothing changed on disk
     */
    public ExportReport export(ExportPolicy policy, Path outDir, Consumer<Exclusion> exclusions,
                               ProgressListener progress) {
        long started = System.nanoTime();
        try (ExportFolder folder = ExportFolder.prepare(outDir)) {
            Tally tally;
            Map<String, ExportWriter.FileSummary> files;
            try (EvaluatorScoreRepository.Lookup scores = new EvaluatorScoreRepository(db).open();
                 ExportWriter writer = new ExportWriter(folder.temp(), policy.dpoLayout(), policy.evalLayouts(), scores::of)) {
                tally = pipeline(policy).run(input(), writer, exclusions, progress);
                files = writer.finish();
            }
            AgreementAnalysis agreement = agreement(progress);
            Map<String, String> names = sources.reviewerNames();
            Map<String, String> involved = new LinkedHashMap<>();
            for (String id : tally.reviewers()) {
                involved.put(id, names.getOrDefault(id, id));
            }
            long unreviewed = sources.countUnreviewed();
            new Manifest(clock.instant(), AppVersion.current(), db.displayName(), policy, files, tally,
                    agreement == null ? null : AgreementAnalysisJson.aggregate(agreement, id -> redactor.get().redact(agreement.nameOf(id), null)),
                    involved, sources.newest(policy.curation().includeAutomatic()), unreviewed, erasures())
                    .write(folder.temp().resolve(ExportFolder.MANIFEST), redactor.get());
            progress.beginCommit();
            Leftovers leftovers = folder.commit();
            if (!db.isReadOnly()) {
                savePolicy(policy);
            }
            return new ExportReport(policy, tally, unreviewed, folder.target(), files, agreement, leftovers,
                    elapsed(started));
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(outDir + ": cannot write the export: " + e.getMessage(), e);
        }
    }

    /** The erasure log summed, for the manifest: forgotten data is gone from the export, and counted here. */
    private Map<String, Long> erasures() {
        Erasures.Totals t = Erasures.totals(db);
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("requests", t.requests());
        m.put("sessions", t.erased().sessions());
        m.put("events", t.erased().events());
        m.put("items", t.erased().items());
        m.put("candidates", t.erased().candidates());
        m.put("reviews", t.erased().reviews());
        return m;
    }

    /** The policy of the last export from this database, if any (and if it still reads). */
    public Optional<ExportPolicy> savedPolicy() {
        return savedPolicy(db);
    }

    /** The policy saved with the last export from {@code db}, if any (and if it still reads). */
    static Optional<ExportPolicy> savedPolicy(Database db) {
        try {
            return new ExportPolicyStore(db).load().map(json -> PolicyJson.parse("saved policy", json));
        } catch (ExportException e) {
            return Optional.empty();
        }
    }

    /**
     * Remembers the policy for the next export; when its consensus rule changed, the reviews each reviewed item
     * wants (dynamic overlap) are recomputed: marked in the transaction that saves it, recomputed before the next
     * assignment (on PostgreSQL at once).
     */
    public void savePolicy(ExportPolicy policy) {
        String json = PolicyJson.toJson(policy);
        db.inUnitOfWork(store -> {
            boolean changed = !consensusOf(store.exportPolicy()).equals(policy.consensus());
            store.saveExportPolicy(json, changed);
            return null;
        });
        DynamicOverlap.refreshNow(db);
    }

    /** The consensus part of a saved policy's JSON text, or the default when there is none or it no longer reads. */
    static ConsensusPolicy consensusOf(Optional<String> json) {
        try {
            return json.map(j -> PolicyJson.parse("saved policy", j)).map(ExportPolicy::consensus)
                    .orElse(ConsensusPolicy.defaults());
        } catch (ExportException e) {
            return ConsensusPolicy.defaults();
        }
    }

    private ExportPipeline pipeline(ExportPolicy policy) {
        RecencyWeight weight = new RecencyWeight(sources.newest(policy.curation().includeAutomatic()),
                policy.curation().halfLifeDays());
        return new ExportPipeline(policy, redactor.get(), weight);
    }

    private ExportInput input() {
        return new PrefetchingInput(new ExportInput() {
            @Override
            public void forEachReviewed(Consumer<ReviewedItem> consumer) {
                sources.forEachReviewed(consumer);
            }

            @Override
            public void forEachCandidate(boolean evalKinds, Consumer<Candidate> consumer) {
                sources.forEachCandidate(evalKinds, consumer);
            }

            @Override
            public long sourceCount(boolean includeAutomatic) {
                return 2 * sources.countReviewed() + (includeAutomatic ? sources.countCandidates() : 0);
            }
        });
    }

    /**
     * The agreement figures of the database, computed exactly as the Agreement tab and {@code concord agreement}
     * compute them (one computation, label set, reference and seed); null when nobody has reviewed anything.
     */
    private AgreementAnalysis agreement(ProgressListener progress) {
        if (!sources.anyLatestReview()) {
            return null;
        }
        progress.progress(0, -1, "computing agreement");
        return new AgreementService(db).analyseStore(AgreementRequest.defaults(), Viewer.NOBODY, progress);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
