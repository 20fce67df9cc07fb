package dev.concord.service;

import dev.concord.ingest.LogFileException;
import dev.concord.ingest.LogFileReader;
import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;
import dev.concord.redact.CustomRule;
import dev.concord.redact.RedactionHit;
import dev.concord.redact.RedactionRule;
import dev.concord.redact.Redactor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code concord redact --explain}: a dry run of the redactor over a log, read by the real ingest reader, that
 * stores nothing. Per rule: how many hits, and a few examples with context in which every hit (the example's own
 * and any other) is already replaced by its placeholder, so no raw value is ever shown.
 */
public final class RedactionExplainer {
    /** Examples kept per rule. */
    public static final int EXAMPLES = 3;
    /** Characters of context on each side of an example's placeholder. */
    static final int CONTEXT = 40;

    private final Redactor redactor;

    public RedactionExplainer(Redactor redactor) {
        this.redactor = redactor;
    }

    /** What each rule found. Rules with no hit are listed too, in the redactor's order. */
    public record Explanation(String file, long lines, long events, long rejectedLines, long texts, List<RuleHits> rules) {
    }

    /** One rule's hits and up to {@value #EXAMPLES} masked examples. */
    public record RuleHits(String rule, String placeholder, boolean custom, long hits, List<String> examples) {
    }

    /** Reads the log and counts; nothing is stored. */
    public Explanation explain(Path file, ProgressListener progress) throws LogFileException {
        Map<String, Tally> byRule = new LinkedHashMap<>();
        for (RedactionRule r : redactor.rules()) {
            byRule.put(r.name(), new Tally(r));
        }
        long[] counts = new long[3];
        LogFileReader.Handler handler = new LogFileReader.Handler() {
            @Override
            public void event(LogEvent event) {
                counts[0]++;
                for (String text : texts(event)) {
                    counts[1]++;
                    explain(text, byRule);
                }
            }

            @Override
            public void rejected(SourceRef where, String reason) {
                counts[2]++;
            }
        };
        LogFileReader.FileResult result;
        try {
            result = new LogFileReader(LogFileReader.DEFAULT_MAX_LINE_BYTES).read(file, handler, progress);
        } catch (LogFileException e) {
            throw e;
        } catch (Exception e) {
            throw new LogFileException(file, "cannot be read: " + e.getClass().getSimpleName());
        }
        List<RuleHits> rules = new ArrayList<>();
        byRule.values().forEach(t -> rules.add(new RuleHits(t.rule.name(), t.rule.placeholder(),
                t.rule instanceof CustomRule,
                t.hits, List.copyOf(t.examples))));
        return new Explanation(file.toString(), result.lines(), counts[0], counts[2], counts[1], rules);
    }

    private void explain(String text, Map<String, Tally> byRule) {
        List<RedactionHit> hits = redactor.scan(text);
        if (hits.isEmpty()) {
            return;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int[] at = new int[hits.size() * 2];
        int copied = 0;
        for (int i = 0; i < hits.size(); i++) {
            RedactionHit hit = hits.get(i);
            masked.append(text, copied, hit.start());
            at[2 * i] = masked.length();
            masked.append(redactor.placeholder(hit));
            at[2 * i + 1] = masked.length();
            copied = hit.end();
        }
        masked.append(text, copied, text.length());
        for (int i = 0; i < hits.size(); i++) {
            Tally t = byRule.get(hits.get(i).rule());
            if (t == null) {
                continue;
            }
            t.hits++;
            if (t.examples.size() < EXAMPLES) {
                t.examples.add(snippet(masked, at[2 * i], at[2 * i + 1], at, i));
            }
        }
    }

    /** The placeholder with its context, cut only between placeholders (never inside one), on one line. */
    private static String snippet(CharSequence masked, int start, int end, int[] at, int index) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(masked.length(), end + CONTEXT);
        for (int k = 0; k < at.length; k += 2) {
            if (at[k] < from && at[k + 1] > from) {
                from = at[k];
            }
            if (at[k] < to && at[k + 1] > to) {
                to = at[k + 1];
            }
        }
        String s = masked.subSequence(from, to).toString().replaceAll("\\s+", " ");
        return (from > 0 ? "…" : "") + s + (to < masked.length() ? "…" : "");
    }

    private static List<String> texts(LogEvent event) {
        List<String> out = new ArrayList<>();
        if (event instanceof LogEvent.GenerationEvent g) {
            Generation gen = g.generation();
            for (Message m : gen.prompt()) {
                out.add(m.content());
            }
            out.add(gen.output());
            gen.outputToolCalls().forEach(c -> out.add(c.arguments()));
            out.addAll(gen.sources());
            if (gen.model() != null) {
                out.add(gen.model());
            }
        } else if (event instanceof LogEvent.SignalEvent s) {
            if (s.signal().text() != null) {
                out.add(s.signal().text());
            }
            if (s.signal().comment() != null) {
                out.add(s.signal().comment());
            }
        } else if (event instanceof LogEvent.ScoreEvent s) {
            out.add(s.score().name());
            if (s.score().label() != null) {
                out.add(s.score().label());
            }
            if (s.score().comment() != null) {
                out.add(s.score().comment());
            }
        }
        return out;
    }

    private static final class Tally {
        final RedactionRule rule;
        final List<String> examples = new ArrayList<>();
        long hits;

        Tally(RedactionRule rule) {
            this.rule = rule;
        }
    }
}
