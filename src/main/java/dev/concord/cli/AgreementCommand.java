package dev.concord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.concord.agreement.LabelScale;
import dev.concord.agreement.RatingsFormatException;
import dev.concord.model.ProgressListener;
import dev.concord.review.Viewer;
import dev.concord.service.AgreementAnalysis;
import dev.concord.service.AgreementAnalysisJson;
import dev.concord.service.AgreementAnalysisText;
import dev.concord.service.AgreementRequest;
import dev.concord.service.AgreementService;
import dev.concord.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "agreement", sortOptions = false,
        description = {"Inter-rater agreement: over the latest reviews in the database, or over a ratings file.",
                "Percent agreement, Fleiss' kappa, Krippendorff's alpha, Gwet's AC1, Cohen's kappa per pair,"
                        + " per label and per reviewer, with bootstrap intervals; for reviews also best/worst"
                        + " picks, corrections and weeks. See docs/agreement.md."})
final class AgreementCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--ratings", paramLabel = "FILE.csv",
            description = "a ratings table (CSV, header item,reviewer,label) instead of the database")
    Path ratings;

    @Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--json", description = "print JSON (keys in docs/agreement.md) instead of text; its per-item"
            + " rows hold only the items the viewer (--as) may see")
    boolean json;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000",
            description = "bootstrap resamples; 0 turns the intervals off (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the bootstrap (default: a fixed seed)")
    Long seed;

    @Option(names = "--labels", paramLabel = "L1,L2,...", split = ",",
            description = "the label set, lowest first for ordered scales (default: the project's label set,"
                    + " else the labels seen)")
    List<String> labels;

    @Option(names = "--scale", paramLabel = "KIND", defaultValue = "nominal",
            description = "with --labels: nominal, ordinal or interval (numeric labels) (default: ${DEFAULT-VALUE})")
    String scale;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (ratings != null && database.db != null) {
            throw new CommandLine.ParameterException(cl, "--ratings and --db exclude each other");
        }
        if (resamples < 0) {
            throw new CommandLine.ParameterException(cl, "--resamples must be 0 or more");
        }
        AgreementRequest request = AgreementRequest.defaults().withResamples(resamples)
                .withLabelScale(labelScale(cl));
        if (seed != null) {
            request = request.withSeed(seed);
        }
        AgreementAnalysis analysis;
        try {
            analysis = ratings != null ? AgreementService.analyseRatings(ratings, request, ProgressListener.NONE)
                    : analyseStore(request, cl);
        } catch (RatingsFormatException e) {
            return dataError(e.getMessage());
        } catch (NoSuchFileException e) {
            return dataError(ratings + ": file not found");
        } catch (IOException e) {
            return dataError(ratings + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return dataError((ratings != null ? ratings + ": " : "") + e.getMessage());
        }
        PrintWriter out = cl.getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(AgreementAnalysisJson.toMap(analysis)));
        } else {
            out.print(AgreementAnalysisText.format(analysis));
        }
        out.flush();
        return 0;
    }

    /**
     * The text shows figures only and runs for anybody; the JSON names items, so it needs a viewer (exit 2 when
     * none is named or remembered).
     */
    private AgreementAnalysis analyseStore(AgreementRequest request, CommandLine cl) {
        Database db = database.open();
        Viewer as = json || viewer.as != null ? viewer.resolve(db, cl) : Viewer.NOBODY;
        return new AgreementService(db).analyseStore(request, as, ProgressListener.NONE);
    }

    private LabelScale labelScale(CommandLine cl) {
        String kind = scale.trim().toLowerCase(Locale.ROOT);
        if (!Arrays.asList("nominal", "ordinal", "interval").contains(kind)) {
            throw new CommandLine.ParameterException(cl, "--scale must be nominal, ordinal or interval");
        }
        if (labels == null) {
            if (!kind.equals("nominal")) {
                throw new CommandLine.ParameterException(cl, "--scale " + kind + " needs --labels");
            }
            return null;
        }
        List<String> list = labels.stream().map(String::trim).toList();
        try {
            return switch (kind) {
                case "ordinal" -> LabelScale.ordinal(list);
                case "interval" -> LabelScale.numeric(list);
                default -> LabelScale.nominal(list);
            };
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--labels: " + e.getMessage());
        }
    }

    private int dataError(String message) {
        spec.commandLine().getErr().println("concord agreement: " + message);
        spec.commandLine().getErr().flush();
        return ConcordCli.EXIT_DATA_ERROR;
    }
}
