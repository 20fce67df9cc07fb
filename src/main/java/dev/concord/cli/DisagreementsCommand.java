package dev.concord.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.Disagreement;
import dev.concord.curate.ExclusionReason;
import dev.concord.export.ExportException;
import dev.concord.export.PolicyJson;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.Reviewer;
import dev.concord.service.AdjudicationService;
import dev.concord.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "disagreements", description = {"The leads' queue: items with their minimum reviews that the consensus "
        + "policy does not accept (labels, corrections or picks disagree, or needs-expert), most disagreed first. "
        + "Exactly the items `export --preview --list-excluded` leaves out for an item-level reason, minus decided ones.",
        "Only leads may see it: the viewer is the reviewer this computer user picked last in the app, or --as NAME. "
                + "Exit 2 when the viewer is unknown or not a lead."})
final class DisagreementsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--json", description = "one JSON object per line: item, reasons, reviews, attempts, labels, "
            + "majority_share, created, prompt (and decided_by, decision, excluded with --decided)")
    boolean json;

    @Option(names = "--decided", description = "also list the items a lead decided, after the undecided ones")
    boolean decided;

    @Option(names = "--policy", paramLabel = "FILE", description = "use this policy's consensus rules (default: the policy "
            + "saved with the last export, as `concord export` uses)")
    Path policyFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Database db = database.open();
        Reviewer lead = viewer.reviewer(db, spec.commandLine());
        AdjudicationService service = new AdjudicationService(db);
        List<Disagreement> queue;
        try {
            ConsensusPolicy policy = policyFile == null ? service.policy() : PolicyJson.read(policyFile).consensus();
            queue = service.queue(lead.id(), decided, policy);
        } catch (ReviewAccessException e) {
            err.println("concord: refused: " + e.getMessage());
            err.flush();
            return 2;
        } catch (ExportException e) {
            err.println("concord: " + e.getMessage());
            err.flush();
            return ConcordCli.EXIT_DATA_ERROR;
        }
        if (!json) {
            out.printf("%-28s %-36s %7s  %-30s %s%n", "ITEM", "REASONS", "REVIEWS", "LABELS", "PROMPT");
        }
        for (Disagreement d : queue) {
            out.println(json ? toJson(d) : String.format("%-28s %-36s %7d  %-30s %s", d.itemId(), codes(d.reasons()),
                    d.reviews(), labels(d), QueueCommand.clip((d.decided() ? "[decided by " + d.decidedBy() + "] " : "") + d.headline())));
        }
        if (!json) {
            long open = queue.stream().filter(d -> !d.decided()).count();
            out.printf("%,d waiting for a lead%s%n", open, decided ? String.format(", %,d decided", queue.size() - open) : "");
        }
        out.flush();
        return 0;
    }

    private static String toJson(Disagreement d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("item", d.itemId());
        ArrayNode reasons = o.putArray("reasons");
        d.reasons().forEach(r -> reasons.add(r.code()));
        o.put("reviews", d.reviews());
        o.put("attempts", d.attempts());
        ObjectNode labels = o.putObject("labels");
        d.labelCounts().forEach(labels::put);
        o.put("majority_share", Math.round(d.majorityShare() * 1e6) / 1e6);
        o.put("created", d.createdAt().toString());
        o.put("prompt", d.headline());
        o.put("awaiting_more_reviews", d.awaitingMoreReviews());
        if (d.decided()) {
            o.put("decided_by", d.decidedBy());
            o.put("decision", d.decision().label());
            ArrayNode excluded = o.putArray("excluded");
            d.excluded().forEach(r -> excluded.add(r.code()));
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String codes(List<ExclusionReason> reasons) {
        return reasons.stream().map(ExclusionReason::code).collect(Collectors.joining(","));
    }

    private static String labels(Disagreement d) {
        return d.labelCounts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
