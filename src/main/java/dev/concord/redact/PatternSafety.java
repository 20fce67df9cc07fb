package dev.concord.redact;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Refuses the regular expressions that can backtrack catastrophically, before a project's rule is used. A pattern
 * is refused when it
 * <ul>
 *   <li>repeats a group that itself holds a repetition or an alternation without bound ({@code (a+)+},
 *       {@code (\d+-?)*}, {@code (a|ab)+}, {@code (x*){2,}}),</li>
 *   <li>repeats a group holding an unbounded repetition at all ({@code (a+){10}}),</li>
 *   <li>uses a back-reference ({@code \1}, {@code \k<name>}), or</li>
 *   <li>is longer than {@value #MAX_LENGTH} characters.</li>
 * </ul>
 * What remains is linear or polynomial at worst; {@link CustomRule} also bounds the work per text, so even a
 * pattern that slips through cannot stall an ingest.
 */
public final class PatternSafety {
    static final int MAX_LENGTH = 1_000;

    private PatternSafety() {
    }

    /** Why the pattern is unsafe, or empty when it is accepted. The reason names the construct, not the input. */
    public static Optional<String> problem(String regex) {
        if (regex.length() > MAX_LENGTH) {
            return Optional.of("longer than " + MAX_LENGTH + " characters");
        }
        Deque<Group> open = new ArrayDeque<>();
        Group top = new Group();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length()) {
                    char n = regex.charAt(i + 1);
                    if (!inClass && ((n >= '1' && n <= '9') || n == 'k')) {
                        return Optional.of("back-references (\\" + n + ") can backtrack without limit");
                    }
                    if (n == 'Q') {
                        int end = regex.indexOf("\\E", i + 2);
                        i = end < 0 ? regex.length() : end + 1;
                        top.note(Quantifier.at(regex, i + 1));
                        continue;
                    }
                }
                if (!inClass) {
                    top.note(Quantifier.at(regex, i + 2));
                }
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                if (!inClass) {
                    top.note(Quantifier.at(regex, i + 1));
                }
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                        i++;
                    }
                }
                case '(' -> {
                    open.push(top);
                    top = new Group();
                }
                case ')' -> {
                    Group inner = top;
                    top = open.isEmpty() ? new Group() : open.pop();
                    Quantifier q = Quantifier.at(regex, i + 1);
                    if (q.repeats() && inner.unbounded) {
                        return Optional.of("a group holding an unbounded repetition (+, *, {n,}) is repeated again: "
                                + "nested quantifiers can backtrack catastrophically");
                    }
                    if (q.unbounded && (inner.repeats || inner.alternation)) {
                        return Optional.of("a group holding a repetition or an alternation (|) is repeated without "
                                + "bound: this can backtrack catastrophically");
                    }
                    top.absorb(inner, q);
                }
                case '|' -> top.alternation = true;
                case '*', '+', '?' -> {
                }
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? i : close;
                }
                default -> top.note(Quantifier.at(regex, i + 1));
            }
        }
        return Optional.empty();
    }

    /** What one group (or the whole pattern) holds. */
    private static final class Group {
        boolean repeats;
        boolean unbounded;
        boolean alternation;

        void note(Quantifier q) {
            repeats |= q.repeats();
            unbounded |= q.unbounded;
        }

        void absorb(Group inner, Quantifier q) {
            repeats |= inner.repeats || q.repeats();
            unbounded |= inner.unbounded || q.unbounded;
        }
    }

    /** The quantifier right after a position: none, {@code ?}, bounded ({@code {2,5}}) or unbounded. */
    private record Quantifier(boolean present, boolean unbounded, int max) {
        static final Quantifier NONE = new Quantifier(false, false, 1);

        boolean repeats() {
            return present && (unbounded || max > 1);
        }

        static Quantifier at(String regex, int i) {
            if (i >= regex.length()) {
                return NONE;
            }
            char c = regex.charAt(i);
            if (c == '*' || c == '+') {
                return new Quantifier(true, true, Integer.MAX_VALUE);
            }
            if (c == '?') {
                return new Quantifier(true, false, 1);
            }
            if (c == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) {
                    return NONE;
                }
                String body = regex.substring(i + 1, close);
                int comma = body.indexOf(',');
                if (comma < 0) {
                    return new Quantifier(true, false, parse(body));
                }
                String upper = body.substring(comma + 1).strip();
                return upper.isEmpty() ? new Quantifier(true, true, Integer.MAX_VALUE)
                        : new Quantifier(true, false, parse(upper));
            }
            return NONE;
        }

        private static int parse(String digits) {
            try {
                return Integer.parseInt(digits.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
