package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Several {@link PatternRule}s that each start at a trigger word, found together in one pass over the
 * text instead of one pass per rule: the regex of a rule runs only where one of its words starts (and,
 * for a part with a {@link Follow} check, only where what follows the word could be a match).
 * Each hit keeps the name of the rule that made it.
 */
final class SharedScan implements RedactionRule {

    /** A cheap look at the text right after a trigger word, before the part's regex runs there. */
    @FunctionalInterface
    interface Follow {
        boolean test(String text, int afterWord);

        Follow ANY = (text, afterWord) -> true;

        /** A digit within {@code n} characters after the word: for labels of numbers. */
        static Follow digitWithin(int n) {
            return (text, after) -> {
                for (int i = after, end = Math.min(text.length(), after + n); i < end; i++) {
                    if (TextScan.isDigit(text.charAt(i))) {
                        return true;
                    }
                }
                return false;
            };
        }

        /**
         * After at most {@code n} characters from {@code skipped} (and JSON-escaped line breaks
         * {@code \\n}), an upper-case letter: for names after greetings, titles and sign-offs.
         */
        static Follow capitalAfter(String skipped, int n) {
            return (text, after) -> {
                int i = after;
                for (int end = Math.min(text.length(), after + n); i < end; i++) {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r')) {
                        i++;
                    } else if (skipped.indexOf(c) < 0) {
                        break;
                    }
                }
                return i < text.length() && Character.isUpperCase(text.charAt(i));
            };
        }
    }

    /**
     * One rule of the scan.
     *
     * @param reach  0 when every match starts at the word; otherwise matches may start up to this many
     *               characters before it, and are looked for in that window on either side
     */
    record Part(PatternRule rule, List<String> words, Follow follow, int reach) {
        Part(PatternRule rule, List<String> words) {
            this(rule, words, Follow.ANY, 0);
        }

        Part(PatternRule rule, List<String> words, Follow follow) {
            this(rule, words, follow, 0);
        }
    }

    private final String name;
    private final PiiType type;
    private final NeedleSet needles;
    private final int[] partOfWord;
    private final int[] wordLength;
    private final List<Part> parts;

    /** @param wordStarts look for the trigger words only where a word starts (see {@link NeedleSet}) */
    SharedScan(String name, PiiType type, boolean wordStarts, List<Part> parts) {
        this.name = name;
        this.type = type;
        this.parts = List.copyOf(parts);
        List<String> words = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            for (String w : parts.get(p).words()) {
                words.add(w);
                owners.add(p);
            }
        }
        this.needles = new NeedleSet(wordStarts, words.toArray(String[]::new));
        this.partOfWord = owners.stream().mapToInt(Integer::intValue).toArray();
        this.wordLength = words.stream().mapToInt(String::length).toArray();
    }

    /** The rules scanned together, for documentation and tests. */
    List<PatternRule> parts() {
        return parts.stream().map(Part::rule).toList();
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
    public List<RedactionHit> find(String text) {
        int at = needles.indexIn(text, 0);
        if (at < 0) {
            return List.of();
        }
        List<RedactionHit> hits = new ArrayList<>(0);
        int[] floor = new int[parts.size()];
        Matcher[] matchers = new Matcher[parts.size()];
        while (at >= 0) {
            int word = needles.whichAt(text, at);
            int p = partOfWord[word];
            Part part = parts.get(p);
            if (at >= floor[p] && part.follow().test(text, at + wordLength[word])) {
                if (matchers[p] == null) {
                    matchers[p] = part.rule().matcher(text);
                }
                if (part.reach() > 0) {
                    part.rule().findIn(matchers[p], text, Math.max(floor[p], at - part.reach()),
                            Math.min(text.length(), at + part.reach()), hits);
                    floor[p] = at + 1;
                } else {
                    int end = part.rule().matchAt(matchers[p], text, at, text.length(), hits);
                    if (end > at) {
                        floor[p] = end;
                    }
                }
            }
            at = at + 1 < text.length() ? needles.indexIn(text, at + 1) : -1;
        }
        return hits.isEmpty() ? List.of() : hits;
    }
}
