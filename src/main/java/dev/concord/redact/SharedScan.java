package dev.concord.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several {@link PatternRule}s that each start at a trigger word, found together in one pass over the
 * text instead of one pass per rule: the regex of a rule runs only where one of its words starts.
 * Each hit keeps the name of the rule that made it.
 */
final class SharedScan implements RedactionRule {

    private final String name;
    private final PiiType type;
    private final NeedleSet needles;
    private final PatternRule[] ownerOfWord;
    private final List<PatternRule> parts;

    /** @param triggers each rule with the words its matches start with (ASCII, any case) */
    SharedScan(String name, PiiType type, Map<PatternRule, List<String>> triggers) {
        this.name = name;
        this.type = type;
        List<String> words = new ArrayList<>();
        List<PatternRule> owners = new ArrayList<>();
        triggers.forEach((rule, ruleWords) -> ruleWords.forEach(w -> {
            words.add(w);
            owners.add(rule);
        }));
        this.needles = new NeedleSet(words.toArray(String[]::new));
        this.ownerOfWord = owners.toArray(PatternRule[]::new);
        this.parts = List.copyOf(new LinkedHashMap<>(triggers).keySet());
    }

    /** The rules scanned together, for documentation and tests. */
    List<PatternRule> parts() {
        return parts;
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
        Arrays.fill(floor, 0);
        while (at >= 0) {
            int word = needles.whichAt(text, at);
            PatternRule rule = ownerOfWord[word];
            int part = parts.indexOf(rule);
            if (at >= floor[part]) {
                int end = rule.matchAt(text, at, hits);
                if (end > at) {
                    floor[part] = end;
                }
            }
            at = at + 1 < text.length() ? needles.indexIn(text, at + 1) : -1;
        }
        return hits.isEmpty() ? List.of() : hits;
    }
}
