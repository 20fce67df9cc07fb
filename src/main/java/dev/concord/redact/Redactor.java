package dev.concord.redact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replaces personal data and secrets in text with typed placeholders such as {@code [EMAIL]}.
 *
 * <p>Immutable and thread-safe: share one instance. {@link #standard()} holds the documented default
 * rules (see {@code docs/redaction-rules.md}); pass your own list to the constructor to extend it:
 * {@code new Redactor(concat(Redactor.standard().rules(), myRule))}.
 *
 * <p>Overlapping hits are merged into one span that takes the type of its winner (secrets first,
 * then earliest start, then longest). Nothing here ever copies matched text into an exception.
 * If a rule throws, the exception propagates and nothing is returned: callers must then treat the
 * text as unredacted and not store it.
 */
public final class Redactor {

    private static final Redactor STANDARD = new Redactor(StandardRules.all());

    private final List<RedactionRule> rules;
    /** The placeholders of rules that name their own (a project's rules), by rule name. */
    private final Map<String, String> ownPlaceholders = new HashMap<>();

    /** A redactor applying {@code rules} (ties in an overlap go to the rule listed first). */
    public Redactor(List<RedactionRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        for (RedactionRule r : this.rules) {
            if (!r.placeholder().equals(r.type().placeholder())) {
                ownPlaceholders.put(r.name(), r.placeholder());
            }
        }
    }

    /**
     * This redactor's rules followed by {@code extra} (a project's own rules, see {@link RuleFile}): the seam
     * through which rules that are not built in are added; the standard list itself is not changed.
     */
    public Redactor with(List<? extends RedactionRule> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<RedactionRule> all = new ArrayList<>(rules);
        all.addAll(extra);
        return new Redactor(all);
    }

    /** The shared redactor with the documented default rule list. */
    public static Redactor standard() {
        return STANDARD;
    }

    /** The rules in the order given, unmodifiable. */
    public List<RedactionRule> rules() {
        return rules;
    }

    /**
     * Returns the text with every hit replaced by its placeholder, or the <em>same</em> String
     * instance when nothing matched (callers use identity to skip work). {@code null} gives
     * {@code null}. When {@code counts} is not null, one redaction per replaced span is added.
     */
    public String redact(String text, RedactionCounts counts) {
        if (text == null) {
            return null;
        }
        List<RedactionHit> hits = scan(text);
        if (hits.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (RedactionHit hit : hits) {
            out.append(text, copied, hit.start()).append(placeholder(hit));
            copied = hit.end();
            if (counts != null) {
                counts.add(hit.type(), 1);
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The text that replaces {@code hit}: its rule's own placeholder, else its type's. */
    public String placeholder(RedactionHit hit) {
        return ownPlaceholders.isEmpty() ? hit.type().placeholder()
                : ownPlaceholders.getOrDefault(hit.rule(), hit.type().placeholder());
    }

    /**
     * The spans {@link #redact} would replace, disjoint and in text order, without their content:
     * for the export's last scan and for reports. Empty for {@code null} or clean text.
     */
    public List<RedactionHit> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<HitResolver.Candidate> candidates = null;
        for (int i = 0; i < rules.size(); i++) {
            RedactionRule rule = rules.get(i);
            List<RedactionHit> hits = rule.find(text);
            // Most rules find nothing in most texts: no iterator for an empty list.
            for (int h = 0, found = hits.size(); h < found; h++) {
                RedactionHit hit = hits.get(h);
                checkWithinText(rule, hit, text.length());
                if (candidates == null) {
                    candidates = new ArrayList<>(4);
                }
                candidates.add(new HitResolver.Candidate(hit, i));
            }
        }
        return candidates == null ? List.of() : HitResolver.resolve(candidates);
    }

    /** Whether any rule finds anything in {@code text}; stops at the first rule that does. */
    public boolean containsPii(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (RedactionRule rule : rules) {
            if (!rule.find(text).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void checkWithinText(RedactionRule rule, RedactionHit hit, int length) {
        if (hit.end() > length) {
            throw new IllegalStateException("rule " + rule.name() + " returned span [" + hit.start() + ", "
                    + hit.end() + ") beyond text length " + length);
        }
    }
}
