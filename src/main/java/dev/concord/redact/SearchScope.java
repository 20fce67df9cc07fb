package dev.concord.redact;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@link PatternRule} runs its regex. Scanning a whole text costs ten to twenty nanoseconds a
 * character in {@code java.util.regex}; the narrower scopes look only near an anchor character or
 * inside runs of digits, and cost a plain character loop elsewhere. Look-arounds still see the whole
 * text (transparent bounds), so boundaries behave the same in every scope.
 */
abstract class SearchScope {

    /** Calls {@code sink} with the matcher positioned on each match, in text order. */
    abstract void forEachMatch(String text, Pattern pattern, Consumer<Matcher> sink);

    static SearchScope wholeText() {
        return new WholeText();
    }

    static SearchScope anchoredAt(char anchor, IntPredicate leadChar) {
        return new Anchored(anchor, leadChar);
    }

    static SearchScope atNeedles(String... words) {
        boolean literal = words.length == 1 && words[0].chars().noneMatch(Character::isLetter);
        return new AtNeedles(new NeedleSet(words), literal ? words[0] : null);
    }

    static SearchScope digitRuns(String separators, int minDigits, int minSeparators) {
        return new DigitRuns(separators, minDigits, minSeparators);
    }

    private static final class WholeText extends SearchScope {
        @Override
        void forEachMatch(String text, Pattern pattern, Consumer<Matcher> sink) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                sink.accept(m);
            }
        }
    }

    /** Every match contains the anchor, preceded within the match only by lead characters. */
    private static final class Anchored extends SearchScope {
        private final char anchor;
        private final IntPredicate leadChar;

        Anchored(char anchor, IntPredicate leadChar) {
            if (leadChar.test(anchor)) {
                throw new IllegalArgumentException("the anchor must not be a lead character");
            }
            this.anchor = anchor;
            this.leadChar = leadChar;
        }

        @Override
        void forEachMatch(String text, Pattern pattern, Consumer<Matcher> sink) {
            int at = text.indexOf(anchor);
            if (at < 0) {
                return;
            }
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int floor = 0;
            while (at >= 0) {
                int start = at;
                while (start > floor && leadChar.test(text.charAt(start - 1))) {
                    start--;
                }
                m.region(start, text.length());
                int next = at + 1;
                if (m.lookingAt()) {
                    sink.accept(m);
                    floor = m.end();
                    next = Math.max(next, floor);
                }
                at = next < text.length() ? text.indexOf(anchor, next) : -1;
            }
        }
    }

    /** Every match starts where one of a few words starts (ignoring case): the regex runs only there. */
    private static final class AtNeedles extends SearchScope {
        private final NeedleSet needles;
        /** A single needle without letters ({@code --}): {@code String.indexOf} finds it faster. */
        private final String literal;

        AtNeedles(NeedleSet needles, String literal) {
            this.needles = needles;
            this.literal = literal;
        }

        private int nextNeedle(String text, int from) {
            return literal != null ? text.indexOf(literal, from) : needles.indexIn(text, from);
        }

        @Override
        void forEachMatch(String text, Pattern pattern, Consumer<Matcher> sink) {
            int at = nextNeedle(text, 0);
            if (at < 0) {
                return;
            }
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            while (at >= 0) {
                m.region(at, text.length());
                int next = at + 1;
                if (m.lookingAt()) {
                    sink.accept(m);
                    next = Math.max(next, m.end());
                }
                at = next < text.length() ? nextNeedle(text, next) : -1;
            }
        }
    }

    /** Every match lies inside a run of digits and separator characters holding enough of both. */
    private static final class DigitRuns extends SearchScope {
        private final boolean[] separator = new boolean[128];
        private final int minDigits;
        private final int minSeparators;

        DigitRuns(String separators, int minDigits, int minSeparators) {
            for (char c : separators.toCharArray()) {
                if (c >= 128 || TextScan.isDigit(c)) {
                    throw new IllegalArgumentException("separators must be ASCII non-digits");
                }
                separator[c] = true;
            }
            this.minDigits = minDigits;
            this.minSeparators = minSeparators;
        }

        @Override
        void forEachMatch(String text, Pattern pattern, Consumer<Matcher> sink) {
            Matcher m = null;
            int n = text.length();
            int i = 0;
            while (i < n) {
                int runStart = i;
                int digits = 0;
                int separators = 0;
                for (char c; i < n; i++) {
                    c = text.charAt(i);
                    if (TextScan.isDigit(c)) {
                        digits++;
                    } else if (c < 128 && separator[c]) {
                        separators++;
                    } else {
                        break;
                    }
                }
                if (digits >= minDigits && separators >= minSeparators) {
                    if (m == null) {
                        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    m.region(runStart, i);
                    while (m.find()) {
                        sink.accept(m);
                    }
                }
                i = Math.max(i, runStart + 1);
            }
        }
    }
}
