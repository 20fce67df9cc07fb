package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule made of a precompiled regex, a {@link Prefilter} that skips the regex when it cannot match,
 * an optional capture group that limits the redacted span (to keep {@code password=} and redact only
 * the value), an optional {@link MatchValidator}, and optionally a narrower search scope
 * ({@link Builder#anchoredAt}, {@link Builder#withinDigitRuns}) that avoids running the regex over
 * long texts.
 *
 * <pre>{@code
 * RedactionRule employeeId = PatternRule.builder("employee-id", PiiType.SECRET)
 *         .pattern("\\bEMP-\\d{6}\\b")
 *         .prefilter(Prefilter.containsAny("EMP-"))
 *         .build();
 * }</pre>
 */
public final class PatternRule implements RedactionRule {

    /** {@link Builder#firstGroup()}: whichever capture group took part in the match. */
    private static final int FIRST_GROUP = -1;

    private final String name;
    private final PiiType type;
    private final Pattern pattern;
    private final int group;
    private final Prefilter prefilter;
    private final MatchValidator validator;
    private final SearchScope scope;

    private PatternRule(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.pattern = Objects.requireNonNull(b.pattern, "pattern");
        this.group = b.group;
        this.prefilter = b.prefilter;
        this.validator = b.validator;
        this.scope = b.scope;
        if (group > pattern.matcher("").groupCount() || (group == FIRST_GROUP && pattern.matcher("").groupCount() == 0)) {
            throw new IllegalArgumentException("rule " + name + " has no capture group " + group);
        }
    }

    /** A rule that redacts every match of {@code regex}, with no prefilter. */
    public static PatternRule of(String name, PiiType type, String regex) {
        return builder(name, type).pattern(regex).build();
    }

    /** Starts a rule; {@link Builder#pattern} is required. */
    public static Builder builder(String name, PiiType type) {
        return new Builder(name, type);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PiiType type() {
        return type;
    }

    /** The compiled regex, for documentation and tests. */
    public Pattern pattern() {
        return pattern;
    }

    @Override
    public List<RedactionHit> find(String text) {
        if (!prefilter.mayMatch(text)) {
            return List.of();
        }
        List<RedactionHit> hits = new ArrayList<>(0);
        scope.forEachMatch(text, pattern, m -> collect(text, m, hits));
        return hits.isEmpty() ? List.of() : hits;
    }

    /** A matcher over {@code text} with transparent bounds, for {@link #matchAt} and {@link #findIn}. */
    Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The match that starts exactly at {@code at} and ends at or before {@code to}, without prefilter
     * or scope, for a {@link SharedScan} or {@link NumberScan}: adds its hit, if valid, and returns the
     * match end, or -1 when nothing matches there. {@code m} is a {@link #matcher} over {@code text}.
     */
    int matchAt(Matcher m, String text, int at, int to, List<RedactionHit> hits) {
        m.region(at, to);
        if (!m.lookingAt()) {
            return -1;
        }
        collect(text, m, hits);
        return m.end();
    }

    /**
     * Every match lying within {@code [from, to)} (look-arounds see the whole text), without prefilter
     * or scope: adds the valid hits. {@code m} is a {@link #matcher} over {@code text}.
     */
    void findIn(Matcher m, String text, int from, int to, List<RedactionHit> hits) {
        m.region(from, to);
        while (m.find()) {
            collect(text, m, hits);
        }
    }

    private void collect(String text, Matcher m, List<RedactionHit> hits) {
        int g = group;
        if (g == FIRST_GROUP) {
            g = 1;
            while (g < m.groupCount() && m.start(g) < 0) {
                g++;
            }
        }
        int start = m.start(g);
        int end = m.end(g);
        if (start >= 0 && start < end && validator.accepts(text, start, end)) {
            hits.add(new RedactionHit(type, name, start, end));
        }
    }

    @Override
    public String toString() {
        return "PatternRule[" + name + ", " + type + "]";
    }

    /** Fluent construction of a {@link PatternRule}. */
    public static final class Builder {
        private final String name;
        private final PiiType type;
        private Pattern pattern;
        private int group;
        private Prefilter prefilter = Prefilter.always();
        private MatchValidator validator = MatchValidator.any();
        private SearchScope scope = SearchScope.wholeText();

        private Builder(String name, PiiType type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** The regex; embed flags such as {@code (?i)} in it. */
        public Builder pattern(String regex) {
            return pattern(Pattern.compile(regex));
        }

        /** An already compiled regex. */
        public Builder pattern(Pattern compiled) {
            this.pattern = Objects.requireNonNull(compiled, "pattern");
            return this;
        }

        /** Redact only this capture group instead of the whole match (default 0, the whole match). */
        public Builder group(int captureGroup) {
            if (captureGroup < 0) {
                throw new IllegalArgumentException("group must not be negative: " + captureGroup);
            }
            this.group = captureGroup;
            return this;
        }

        /**
         * Redact the first capture group that took part in the match, for alternatives that each
         * capture their value: {@code "([^"]*)"|(\\S+)}.
         */
        public Builder firstGroup() {
            this.group = FIRST_GROUP;
            return this;
        }

        /** A cheap check that must pass before the regex runs. */
        public Builder prefilter(Prefilter check) {
            this.prefilter = Objects.requireNonNull(check, "prefilter");
            return this;
        }

        /** A check each match must pass to be redacted. */
        public Builder validator(MatchValidator check) {
            this.validator = Objects.requireNonNull(check, "validator");
            return this;
        }

        /**
         * Runs the regex only where {@code anchor} occurs: every match must contain it, and the part
         * of a match before its first anchor may hold only characters accepted by {@code leadChar}
         * (which must reject the anchor itself). E-mail: {@code anchoredAt('@', localPartChar)}.
         */
        public Builder anchoredAt(char anchor, IntPredicate leadChar) {
            this.scope = SearchScope.anchoredAt(anchor, Objects.requireNonNull(leadChar, "leadChar"));
            return this;
        }

        /**
         * Runs the regex only where one of the ASCII {@code words} starts (ignoring case), found in one
         * pass: every match must start with one of them. {@code Authorization}: {@code startingAt("authorization")}.
         */
        public Builder startingAt(String... words) {
            this.scope = SearchScope.atNeedles(words);
            return this;
        }

        /**
         * Runs the regex only inside runs of ASCII digits and {@code separators} (ASCII) that hold at
         * least {@code minDigits} digits; every match must lie inside such a run. Cards:
         * {@code withinDigitRuns(" -", 13, 0)}; IPv4: {@code withinDigitRuns(".", 4, 3)}.
         */
        public Builder withinDigitRuns(String separators, int minDigits, int minSeparators) {
            this.scope = SearchScope.digitRuns(Objects.requireNonNull(separators, "separators"),
                    minDigits, minSeparators);
            return this;
        }

        /** The finished, immutable rule. */
        public PatternRule build() {
            return new PatternRule(this);
        }
    }
}
