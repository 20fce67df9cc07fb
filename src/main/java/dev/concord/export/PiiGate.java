package dev.concord.export;

import dev.concord.curate.Example;
import dev.concord.model.Message;
import dev.concord.redact.RedactionHit;
import dev.concord.redact.Redactor;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The last PII scan: every text of a row (each prompt message with its tool-call arguments and name, the tools,
 * the answer, the rejected answer) goes through
 * {@link Redactor#containsPii}. Ingest already redacted the logs; this catches what people typed since (reviewers'
 * corrections) and any rule added after ingest.
 */
public final class PiiGate {
    private static final int REPEATED = 512;
    private static final int SHORT = 64;

    private final Redactor redactor;
    /** Texts of the current source: its rows share the prompt and answers (same instances). */
    private final Map<String, Boolean> source = new IdentityHashMap<>();
    /** Recent system prompts and short texts, which repeat across the whole export. */
    private final Map<String, Boolean> recent = new LinkedHashMap<>(REPEATED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REPEATED;
        }
    };

    public PiiGate(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Forgets the texts of the previous source; call before the rows of each new source. */
    public void nextSource() {
        source.clear();
    }

    /** Null when the row is clean; otherwise which fields hold which kinds of data (never the data). */
    public String check(Example e) {
        TreeSet<String> where = new TreeSet<>();
        List<Message> prompt = e.prompt();
        for (int i = 0; i < prompt.size(); i++) {
            Message m = prompt.get(i);
            scan("prompt[" + i + "]", m.content(), "system".equals(m.role()), where);
            for (int j = 0; j < m.toolCalls().size(); j++) {
                scan("prompt[" + i + "].tool_calls[" + j + "]", m.toolCalls().get(j).arguments(), false, where);
            }
            scan("prompt[" + i + "].name", m.name(), true, where);
        }
        scan("tools", e.tools(), true, where);
        scan("answer", e.answer(), false, where);
        scan("rejected", e.rejected(), false, where);
        return where.isEmpty() ? null : String.join(", ", where);
    }

    private boolean containsPii(String text, boolean repeats) {
        Boolean hit = source.get(text);
        if (hit == null && (repeats || text.length() <= SHORT)) {
            hit = recent.get(text);
            if (hit == null) {
                hit = redactor.containsPii(text);
                recent.put(text, hit);
            }
        }
        if (hit == null) {
            hit = redactor.containsPii(text);
        }
        source.put(text, hit);
        return hit;
    }

    private void scan(String field, String text, boolean repeats, TreeSet<String> where) {
        if (text != null && containsPii(text, repeats)) {
            TreeSet<String> types = new TreeSet<>();
            for (RedactionHit h : redactor.scan(text)) {
                types.add(h.type().name().toLowerCase(java.util.Locale.ROOT));
            }
            where.add(field + ": " + String.join("+", types));
        }
    }
}
