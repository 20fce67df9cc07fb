package dev.concord.service;

import dev.concord.csv.CsvReader;
import dev.concord.csv.CsvWriter;
import dev.concord.redact.RedactionCounts;
import dev.concord.redact.Redactor;
import dev.concord.review.Adjudication;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Review;
import dev.concord.review.Viewer;
import dev.concord.review.Visibility;
import dev.concord.store.AdjudicationRepository;
import dev.concord.store.Database;
import dev.concord.store.ReviewRepository;
import dev.concord.store.SettingsRepository;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Reviews to and from CSV with the header {@code item,reviewer,label,correction,best,worst}, for teams that
 * label in a spreadsheet or another tool. Labels are written as ids and read as ids or names; attempts are
 * numbered from 1 as in the app, and {@code none} in the best column means no attempt is acceptable.
 */
public final class ReviewCsvService {
    /** The columns, in the order they are written. */
    public static final List<String> HEADER = List.of("item", "reviewer", "label", "correction", "best", "worst");
    /**
     * The columns import reads: {@link #HEADER} and {@code kind}, {@code review} (or empty) for a review and
     * {@code decision} for a lead's decision (the reviewer column then names the lead); written by a lead's export
     * when it holds decisions.
     */
    public static final List<String> COLUMNS = List.of("item", "reviewer", "label", "correction", "best", "worst", "kind");

    private final Database db;
    private final Redactor redactor;
    private final Clock clock;

    public ReviewCsvService(Database db, Redactor redactor, Clock clock) {
        this.db = db;
        this.redactor = redactor;
        this.clock = clock;
    }

    public ReviewCsvService(Database db) {
        this(db, ProjectRules.of(db), Clock.systemUTC());
    }

    /**
     * Imports a CSV file in one transaction. Bad rows (unknown item or label, a bad attempt number, the same
     * item and reviewer twice) are reported by {@code file:line} and left out; the rest lands. Unknown
     * reviewers are created; a row for a reviewer who already reviewed the item becomes a new revision unless
     * it changes nothing. Corrections are redacted before they are stored. Rows of kind {@code decision} record the
     * named lead's decision once the item has the consensus policy's minimum reviews (earlier rows of the file count).
     * On a team database only the login's own rows are imported, and decisions only by a lead; every other row is
     * reported by line ({@link ImportRights}).
     *
     * @throws IOException if the file cannot be read or has no usable header
     */
    public ReviewImportReport importFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": file not found");
        }
        ReviewSettings settings = new SettingsRepository(db).reviewSettings();
        LabelSet labels = settings.labels();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = CsvReader.lenient(reader, file.toString());
            List<String> header = csv.next();
            if (header == null) {
                throw new IOException(file + ": the file is empty; expected the header " + String.join(",", HEADER));
            }
            int[] columns = ReviewCsvColumns.of(file.toString(), header, redactor);
            csv.names(ReviewCsvColumns.names(columns));
            ReviewCsvImport run = new ReviewCsvImport(file.toString(), columns, labels, redactor, clock.instant(),
                    DynamicOverlap.needs(db, settings),
                    new ImportRights(new TeamService(db).session(null), DynamicOverlap.savedConsensus(db).minReviews()));
            RedactionCounts counts = new RedactionCounts();
            return db.inUnitOfWork(store -> run.execute(store, csv, counts));
        }
    }

    /**
     * Writes the latest reviews the viewer may see as CSV, by item age then reviewer name: a lead's export holds
     * every review, a reviewer's only the reviews of items they have reviewed themselves ({@link Visibility}). A
     * lead's export of a database with decisions adds the column {@code kind} and each decision as a row after the
     * item's reviews (the reviewer column names the lead), so that {@link #importFile} restores them.
     */
    public long export(Viewer viewer, Writer out) throws IOException {
        Map<String, Adjudication> decisions = viewer.lead() ? new AdjudicationRepository(db).all() : new HashMap<>();
        boolean kinds = !decisions.isEmpty();
        CsvWriter csv = new CsvWriter(out);
        csv.write(kinds ? COLUMNS : HEADER);
        long[] n = {0};
        IOException[] failed = {null};
        List<Review> item = new ArrayList<>();
        Runnable flush = () -> {
            List<List<String>> rows = new ArrayList<>();
            for (Review r : Visibility.visible(viewer, item)) {
                rows.add(kinds ? withKind(row(r), "review") : row(r));
            }
            Adjudication d = item.isEmpty() ? null : decisions.remove(item.get(0).itemId());
            if (d != null) {
                rows.add(withKind(row(d), "decision"));
            }
            item.clear();
            for (List<String> row : rows) {
                if (failed[0] != null) {
                    break;
                }
                try {
                    csv.write(row);
                    n[0]++;
                } catch (IOException e) {
                    failed[0] = e;
                }
            }
        };
        new ReviewRepository(db).forEachLatest(r -> {
            if (!item.isEmpty() && !item.get(0).itemId().equals(r.itemId())) {
                flush.run();
            }
            item.add(r);
        });
        flush.run();
        if (failed[0] != null) {
            throw failed[0];
        }
        for (Adjudication d : decisions.values().stream().sorted(Comparator.comparing(Adjudication::itemId)).toList()) {
            csv.write(withKind(row(d), "decision"));
            n[0]++;
        }
        out.flush();
        return n[0];
    }

    /** Writes the export to a file atomically: a temporary file beside it, then a rename. */
    public long export(Viewer viewer, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            long n;
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                n = export(viewer, w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<String> row(Review r) {
        return row(r.itemId(), r.reviewerName(), r.label(), r.correction(), r.best(), r.worst(), r.noneAcceptable());
    }

    private static List<String> row(Adjudication d) {
        return row(d.itemId(), d.leadName(), d.label(), d.correction(), d.best(), d.worst(), d.noneAcceptable());
    }

    private static List<String> row(String item, String who, String label, String correction, Integer best,
                                    Integer worst, boolean none) {
        String b = none ? "none" : best == null ? "" : Integer.toString(best + 1);
        String w = worst == null ? "" : Integer.toString(worst + 1);
        return Arrays.asList(item, who, label, correction, b, w);
    }

    private static List<String> withKind(List<String> row, String kind) {
        List<String> all = new ArrayList<>(row);
        all.add(kind);
        return all;
    }
}
