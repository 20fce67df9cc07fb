package dev.concord.cli;

import dev.concord.review.TeamRole;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExportPolicy;
import dev.concord.export.ExportException;
import dev.concord.export.PolicyJson;
import dev.concord.service.ExportReport;
import dev.concord.service.ExportReportFormatter;
import dev.concord.service.ExportService;
import dev.concord.redact.RuleFileException;
import dev.concord.store.Database;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

@Command(name = "export", description = {"Writes what reviewers agreed on (and the automatic candidates) as eval and "
        + "training files: eval/golden.jsonl, eval/regression.jsonl, train/sft.jsonl, train/dpo.jsonl, train/kto.jsonl "
        + "and manifest.json; with --eval-layout, the eval cases again for promptfoo, Inspect AI or OpenAI Evals. "
        + "Atomic: the folder appears whole or not at all.",
        "Exit 3 when the last PII scan blocked rows (the rest is written) or the policy file is invalid."})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--out", paramLabel = "DIR", description = "the export folder: new, empty, or a previous export (replaced whole)")
    Path out;

    @Option(names = "--policy", paramLabel = "FILE", description = "policy JSON (see docs/export.md); default: the policy saved with the last export, else the built-in defaults")
    Path policyFile;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--preview", description = "count rows and exclusions without writing anything")
    boolean preview;

    @Option(names = "--dpo-layout", paramLabel = "L", description = "trl or openai (overrides the policy)")
    String dpoLayout;

    @Option(names = "--eval-layout", paramLabel = "L", description = "also write the eval cases for an eval tool: "
            + "concord, promptfoo, inspect or openai-evals; repeat for several (overrides the policy; Concord's own eval "
            + "files are always written)")
    java.util.List<String> evalLayouts;

    @Option(names = "--no-automatic", description = "leave the automatic candidates out (overrides the policy)")
    boolean noAutomatic;

    @Option(names = "--held-out-share", paramLabel = "X", description = "share of reviewed items kept for eval only (overrides the policy)")
    Double heldOutShare;

    @Option(names = "--list-excluded", description = "also print every exclusion: source, file, reason, detail (tab-separated)")
    boolean listExcluded;

    @Option(names = "--write-policy", paramLabel = "FILE", description = "write the effective policy to FILE (a starting point for --policy)")
    Path writePolicy;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!preview && this.out == null && writePolicy == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out DIR is required (or use --preview)");
        }
        ExportService service;
        ExportPolicy policy;
        try {
            Database db = database.openFor("export", TeamRole.ADMIN);
            service = new ExportService(db, rules.redactor(db), Clock.systemUTC());
            policy = effectivePolicy(service);
        } catch (ExportException | IllegalArgumentException | RuleFileException e) {
            err.println("concord: " + e.getMessage());
            err.flush();
            return ConcordCli.EXIT_DATA_ERROR;
        }
        if (writePolicy != null) {
            PolicyJson.write(policy, writePolicy);
            out.println("wrote policy " + writePolicy);
            if (!preview && this.out == null) {
                out.flush();
                return 0;
            }
        }
        Consumer<Exclusion> list = !listExcluded ? x -> { } : x -> out.println(x.source() + "\t"
                + (x.file() == null ? "-" : x.file().path()) + "\t" + x.reason().code() + "\t" + x.detail());
        ExportReport report;
        // The excluded list goes to standard output as it is found; a progress line would tear it apart.
        try (TerminalProgress progress = TerminalProgress.onConsole(err, !listExcluded)) {
            report = preview ? service.preview(policy, list, progress) : service.export(policy, this.out, list, progress);
        } catch (ExportException e) {
            out.flush();
            err.println("concord: " + e.getMessage());
            err.flush();
            return ConcordCli.EXIT_DATA_ERROR;
        }
        out.print(ExportReportFormatter.format(report));
        out.flush();
        if (report.piiBlocked() > 0) {
            err.println("warning: the last PII scan blocked " + report.piiBlocked() + " row(s)");
            err.flush();
            return ConcordCli.EXIT_DATA_ERROR;
        }
        return 0;
    }

    private ExportPolicy effectivePolicy(ExportService service) {
        ExportPolicy p = policyFile != null ? PolicyJson.read(policyFile) : service.savedPolicy().orElse(ExportPolicy.defaults());
        if (dpoLayout != null) {
            p = p.with(ExportPolicy.DpoLayout.parse(dpoLayout));
        }
        if (evalLayouts != null) {
            java.util.Set<ExportPolicy.EvalLayout> layouts = java.util.EnumSet.noneOf(ExportPolicy.EvalLayout.class);
            for (String l : evalLayouts) {
                for (String one : l.split(",")) {
                    layouts.add(ExportPolicy.EvalLayout.parse(one));
                }
            }
            p = p.withEvalLayouts(layouts);
        }
        if (noAutomatic) {
            p = p.with(p.curation().withIncludeAutomatic(false));
        }
        if (heldOutShare != null) {
            p = p.with(p.curation().withShares(heldOutShare, p.curation().automaticEvalShare()));
        }
        return p;
    }
}
