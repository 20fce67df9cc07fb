package dev.concord.export;

import dev.concord.curate.Example;
import dev.concord.model.Message;
import dev.concord.redact.RedactionHit;
import dev.concord.redact.Redactor;

import java.util.List;
import java.util.TreeSet;

/**
 * The last PII scan: every text of a row (each prompt message, the answer, the rejected answer) goes through
 * {@link Redactor#containsPii}. Ingest already redacted the logs; this catches what people typed since (reviewers'
 * corrections) and any rule added after ingest.
 */
public final class PiiGate {
    private final Redactor redactor;

    public PiiGate(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Null when the row is clean; otherwise which fields hold which kinds of data (never the data). */
    public String check(Example e) {
        TreeSet<String> where = new TreeSet<>();
        List<Message> prompt = e.prompt();
        for (int i = 0; i < prompt.size(); i++) {
            scan("prompt[" + i + "]", prompt.get(i).content(), where);
        }
        scan("answer", e.answer(), where);
        scan("rejected", e.rejected(), where);
        return where.isEmpty() ? null : String.join(", ", where);
    }

    private void scan(String field, String text, TreeSet<String> where) {
        if (text != null && redactor.containsPii(text)) {
            TreeSet<String> types = new TreeSet<>();
            for (RedactionHit h : redactor.scan(text)) {
                types.add(h.type().name().toLowerCase(java.util.Locale.ROOT));
            }
            where.add(field + ": " + String.join("+", types));
        }
    }
}
