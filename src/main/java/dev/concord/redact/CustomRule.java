package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's own rule, from its rules file ({@link RuleFile}): a pattern that {@link PatternSafety} accepted, an
 * optional check-digit {@link CustomValidator}, optional context words of which one must appear within
 * {@code window} characters before or after a match (ignoring case), and the placeholder that replaces its hits.
 *
 * <p>The regex reads each text through a work budget of {@value #BUDGET_PER_CHAR} character reads per character
 * (plus {@value #BUDGET_BASE}); a text that exhausts it is redacted whole by this rule, so a pattern that turns out
 * slow can neither stall an ingest nor let a value through.
 */
public final class CustomRule implements RedactionRule {
    static final long BUDGET_PER_CHAR = 200;
    static final long BUDGET_BASE = 100_000;

    private final String name;
    private final PiiType type;
    private final String placeholder;
    private final Pattern pattern;
    private final CustomValidator validator;
    private final List<String> context;
    private final int window;

    /**
     * @param type        the built-in type it counts as, or {@link PiiType#CUSTOM}
     * @param placeholder what replaces a hit, e.g. {@code [EMPLOYEE_ID]}
     * @param validator   null for none
     * @param context     lower-case words, one of which must be near a match; empty for none
     */
    public CustomRule(String name, PiiType type, String placeholder, Pattern pattern, CustomValidator validator,
                      List<String> context, int window) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.placeholder = Objects.requireNonNull(placeholder, "placeholder");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.validator = validator;
        this.context = context.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        this.window = window;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PiiType type() {
        return type;
    }

    @Override
    public String placeholder() {
        return placeholder;
    }

    public Pattern pattern() {
        return pattern;
    }

    @Override
    public List<RedactionHit> find(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String lower = context.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
        if (lower != null && context.stream().noneMatch(lower::contains)) {
            return List.of();
        }
        List<RedactionHit> hits = new ArrayList<>(0);
        BudgetedText budgeted = new BudgetedText(text, BUDGET_BASE + BUDGET_PER_CHAR * text.length());
        try {
            Matcher m = pattern.matcher(budgeted);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (start < end && !insidePlaceholder(text, start, end)
                        && (validator == null || validator.accepts(text, start, end))
                        && (lower == null || nearContext(lower, start, end))) {
                    hits.add(new RedactionHit(type, name, start, end));
                }
            }
        } catch (BudgetedText.Exhausted e) {
            return List.of(new RedactionHit(type, name, 0, text.length()));
        }
        return hits.isEmpty() ? List.of() : hits;
    }

    private boolean nearContext(String lower, int start, int end) {
        int from = Math.max(0, start - window);
        int to = Math.min(lower.length(), end + window);
        for (String word : context) {
            int at = lower.indexOf(word, from);
            if (at >= 0 && at + word.length() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether the span lies within a placeholder such as {@code [EMPLOYEE_ID]}, so redacting twice changes nothing. */
    private static boolean insidePlaceholder(String text, int start, int end) {
        int open = text.lastIndexOf('[', start);
        if (open < 0) {
            return false;
        }
        int close = text.indexOf(']', open);
        if (close < end - 1 || close < 0) {
            return false;
        }
        for (int i = open + 1; i < close; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return close > open + 1;
    }

    @Override
    public String toString() {
        return "CustomRule[" + name + ", " + placeholder + "]";
    }
}
