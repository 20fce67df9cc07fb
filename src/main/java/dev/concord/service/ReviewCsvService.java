package dev.concord.service;

import dev.concord.csv.CsvReader;
import dev.concord.csv.CsvWriter;
import dev.concord.redact.RedactionCounts;
import dev.concord.redact.Redactor;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Review;
import dev.concord.review.Viewer;
import dev.concord.review.Visibility;
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
import java.util.List;

/**
 * Reviews to and from CSV with the header {@code item,reviewer,label,correction,best,worst}, for teams that
 * label in a spreadsheet or another tool. Labels are written as ids and read as ids or names; attempts are
 * numbered from 1 as in the app, and {@code none} in the best column means no attempt is acceptable.
 */
public final class ReviewCsvService {
    /** The columns, in the order they are written. */
    public static final List<String> HEADER = List.of("item", "reviewer", "label", "correction", "best", "worst");

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
     * it changes nothing. Corrections are redacted before they are stored. On a team database only the login's own
     * rows are imported; every other row is reported by line.
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
            int[] columns = ReviewCsvImport.columns(file.toString(), header, redactor);
            csv.names(ReviewCsvImport.names(columns));
            ReviewCsvImport run = new ReviewCsvImport(file.toString(), columns, labels, redactor, clock.instant(),
                    DynamicOverlap.needs(db, settings),
                    new TeamService(db).session(null).map(m -> m.login()).orElse(null));
            RedactionCounts counts = new RedactionCounts();
            return db.inUnitOfWork(store -> run.execute(store, csv, counts));
        }
    }

    /**
     * Writes the latest reviews the viewer may see as CSV, by item age then reviewer name: a lead's export holds
     * every review, a reviewer's only the reviews of items they have reviewed themselves ({@link Visibility}).
     */
    public long export(Viewer viewer, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.write(HEADER);
        long[] n = {0};
        IOException[] failed = {null};
        List<Review> item = new ArrayList<>();
        Runnable flush = () -> {
            for (Review r : Visibility.visible(viewer, item)) {
                if (failed[0] != null) {
                    break;
                }
                try {
                    csv.write(row(r));
                    n[0]++;
                } catch (IOException e) {
                    failed[0] = e;
                }
            }
            item.clear();
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
        String best = r.noneAcceptable() ? "none" : r.best() == null ? "" : Integer.toString(r.best() + 1);
        String worst = r.worst() == null ? "" : Integer.toString(r.worst() + 1);
        return Arrays.asList(r.itemId(), r.reviewerName(), r.label(), r.correction(), best, worst);
    }
}
