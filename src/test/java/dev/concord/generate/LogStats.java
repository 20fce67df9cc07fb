package dev.concord.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a generated event log back and derives the signals curation looks for, independently of the
 * generator's own bookkeeping. Used by the tests and for the numbers in sample-data/README.md.
 */
final class LogStats {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Pattern> PII = List.of(
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
            Pattern.compile("AKIA[A-Z0-9]{16}|\\bsk-(?:proj-)?[A-Za-z0-9]{20,}|ghp_[A-Za-z0-9]{36}|password=\\S+"),
            Pattern.compile("\\+44 20 7946 0\\d{3}|07700 900\\d{3}|\\(\\d{3}\\) 555-01\\d{2}|\\+1 \\d{3} 555 01\\d{2}|\\+49 30 \\d{3} \\d{4}"),
            Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b|2001:db8:[0-9a-f:]+"));
    private static final Pattern CARD = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");

    final List<JsonNode> lines = new ArrayList<>();
    final Map<String, Long> byType = new TreeMap<>();
    final Map<String, Long> byModel = new TreeMap<>();
    final Map<String, JsonNode> generations = new LinkedHashMap<>();
    final Map<String, Integer> generationLine = new HashMap<>();
    final Map<String, List<JsonNode>> reactions = new HashMap<>();
    final Map<String, JsonNode> ends = new LinkedHashMap<>();
    final Set<String> regenerated = new HashSet<>();
    long linesWithPii;

    private LogStats() {
    }

    static LogStats of(String log) {
        LogStats s = new LogStats();
        String[] raw = log.split("\n");
        for (int i = 0; i < raw.length; i++) {
            JsonNode n = parse(raw[i]);
            s.lines.add(n);
            s.byType.merge(n.path("type").asText(), 1L, Long::sum);
            if (containsPii(raw[i])) {
                s.linesWithPii++;
            }
            if (n.has("id") && "generation".equals(n.path("type").asText())) {
                s.generations.put(n.get("id").asText(), n);
                s.generationLine.put(n.get("id").asText(), i);
                s.byModel.merge(n.get("model").asText(), 1L, Long::sum);
            } else if ("session_end".equals(n.path("type").asText())) {
                s.ends.put(n.get("session").asText(), n);
            } else if (n.has("generation")) {
                s.reactions.computeIfAbsent(n.get("generation").asText(), k -> new ArrayList<>()).add(n);
                if ("regenerate".equals(n.path("type").asText())) {
                    s.regenerated.add(n.get("generation").asText());
                }
            }
        }
        return s;
    }

    long count(String type) {
        return byType.getOrDefault(type, 0L);
    }

    /** The session a line belongs to, looking reactions up through their generation. */
    String sessionOf(JsonNode line) {
        if (line.has("session")) {
            return line.get("session").asText();
        }
        JsonNode g = generations.get(line.path("generation").asText());
        return g == null ? null : g.get("session").asText();
    }

    long plainPromptCount() {
        return generations.values().stream().filter(g -> g.get("prompt").isTextual()).count();
    }

    List<JsonNode> feedback() {
        return lines.stream().filter(n -> "feedback".equals(n.path("type").asText())).toList();
    }

    long upVotes() {
        return feedback().stream().filter(f -> "up".equals(f.get("rating").asText())).count();
    }

    long downVotes(boolean corrected) {
        return feedback().stream()
                .filter(f -> "down".equals(f.get("rating").asText()) && f.hasNonNull("correction") == corrected)
                .count();
    }

    /** Edits whose text equals their generation's output once case, whitespace and punctuation are ignored. */
    long trivialEdits() {
        return lines.stream().filter(n -> "edit".equals(n.path("type").asText()))
                .filter(e -> normalize(generations.get(e.get("generation").asText()).get("output").asText())
                        .equals(normalize(e.get("text").asText())))
                .count();
    }

    /** Retry chains as generation ids, first attempt first; single attempts are chains of one. */
    List<List<String>> chains() {
        Map<String, String> nextOf = new HashMap<>();
        for (JsonNode g : generations.values()) {
            if (g.hasNonNull("regenerates")) {
                nextOf.put(g.get("regenerates").asText(), g.get("id").asText());
            }
        }
        List<List<String>> chains = new ArrayList<>();
        for (JsonNode g : generations.values()) {
            if (!g.hasNonNull("regenerates")) {
                List<String> chain = new ArrayList<>();
                for (String id = g.get("id").asText(); id != null; id = nextOf.get(id)) {
                    chain.add(id);
                }
                chains.add(chain);
            }
        }
        return chains;
    }

    /** The last attempt was copied, edited or up-voted, or the session completed without rejecting it. */
    boolean accepted(List<String> chain) {
        String last = chain.get(chain.size() - 1);
        List<JsonNode> rs = reactions.getOrDefault(last, List.of());
        boolean downVoted = rs.stream().anyMatch(r -> "down".equals(r.path("rating").asText()));
        boolean positive = rs.stream().anyMatch(r -> switch (r.path("type").asText()) {
            case "copy", "edit" -> true;
            case "feedback" -> "up".equals(r.path("rating").asText());
            default -> false;
        });
        JsonNode end = ends.get(generations.get(last).get("session").asText());
        boolean completed = end != null && "completed".equals(end.get("outcome").asText());
        return positive || completed && !downVoted && !regenerated.contains(last);
    }

    long abandoned() {
        return ends.values().stream().filter(e -> "abandoned".equals(e.get("outcome").asText())).count();
    }

    /** Abandoned sessions whose last generation was down-voted or regenerated. */
    long abandonedAfterFailure() {
        Map<String, JsonNode> lastGeneration = new HashMap<>();
        for (JsonNode g : generations.values()) {
            lastGeneration.merge(g.get("session").asText(), g,
                    (a, b) -> b.get("ts").asText().compareTo(a.get("ts").asText()) >= 0 ? b : a);
        }
        return ends.values().stream()
                .filter(e -> "abandoned".equals(e.get("outcome").asText()))
                .map(e -> lastGeneration.get(e.get("session").asText()).get("id").asText())
                .filter(id -> regenerated.contains(id) || reactions.getOrDefault(id, List.of()).stream()
                        .anyMatch(r -> "down".equals(r.path("rating").asText())))
                .count();
    }

    long sessionsWithoutFeedback() {
        Set<String> withFeedback = new HashSet<>();
        for (JsonNode f : feedback()) {
            withFeedback.add(sessionOf(f));
        }
        return ends.size() - withFeedback.size();
    }

    /** Sessions with 2 or more turns (chain heads). */
    long multiTurnSessions() {
        Map<String, Integer> turns = new HashMap<>();
        for (List<String> chain : chains()) {
            turns.merge(generations.get(chain.get(0)).get("session").asText(), 1, Integer::sum);
        }
        return turns.values().stream().filter(t -> t >= 2).count();
    }

    /** Reaction lines written before the line of the generation they refer to. */
    long reactionsBeforeTheirGeneration() {
        long n = 0;
        for (int i = 0; i < lines.size(); i++) {
            Integer at = generationLine.get(lines.get(i).path("generation").asText());
            if (at != null && at > i) {
                n++;
            }
        }
        return n;
    }

    /** Sessions with another session's line between their first and last line. */
    long interleavedSessions() {
        Map<String, int[]> span = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = sessionOf(lines.get(i));
            int[] fl = span.computeIfAbsent(s, k -> new int[]{Integer.MAX_VALUE, -1, 0});
            fl[0] = Math.min(fl[0], i);
            fl[1] = Math.max(fl[1], i);
            fl[2]++;
        }
        return span.values().stream().filter(fl -> fl[1] - fl[0] + 1 > fl[2]).count();
    }

    /** The numbers sample-data/README.md quotes, as Markdown table rows. */
    String markdownRows() {
        List<List<String>> retried = chains().stream().filter(c -> c.size() > 1).toList();
        double turns = chains().size();
        StringBuilder sb = new StringBuilder();
        row(sb, "sessions (completed / abandoned)", ends.size() + " (" + (ends.size() - abandoned()) + " / " + abandoned() + ")");
        row(sb, "lines", lines.size() + " " + byType);
        row(sb, "generations by model", byModel.toString());
        row(sb, "turns (first attempts)", String.format(Locale.ROOT, "%.0f", turns));
        row(sb, "sessions with 2-4 turns", Long.toString(multiTurnSessions()));
        row(sb, "prompts logged as a plain string", Long.toString(plainPromptCount()));
        row(sb, "thumbs-up", share(upVotes(), turns));
        row(sb, "thumbs-down, no correction", share(downVotes(false), turns));
        row(sb, "thumbs-down with correction", share(downVotes(true), turns));
        row(sb, "edits (trivial: whitespace/punctuation/case only)", share(count("edit"), turns) + ", trivial " + trivialEdits());
        row(sb, "copies", Long.toString(count("copy")));
        row(sb, "retry chains (2 / 3 / 4+ attempts)", share(retried.size(), turns) + ": "
                + retried.stream().filter(c -> c.size() == 2).count() + " / "
                + retried.stream().filter(c -> c.size() == 3).count() + " / "
                + retried.stream().filter(c -> c.size() >= 4).count());
        row(sb, "retry chains whose last attempt was accepted", Long.toString(retried.stream().filter(this::accepted).count()));
        row(sb, "abandoned sessions, of which after a down-vote or regenerate",
                abandoned() + ", " + abandonedAfterFailure());
        row(sb, "sessions without any feedback", Long.toString(sessionsWithoutFeedback()));
        row(sb, "lines containing personal data", linesWithPii + " (" + pct(linesWithPii, lines.size()) + ")");
        row(sb, "reactions written before their generation", Long.toString(reactionsBeforeTheirGeneration()));
        row(sb, "sessions interleaved with another", Long.toString(interleavedSessions()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String share(long n, double of) {
        return n + " (" + pct(n, of) + " of turns)";
    }

    private static String pct(long n, double of) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }

    static boolean containsPii(String text) {
        return PII.stream().anyMatch(p -> p.matcher(text).find()) || hasCard(text);
    }

    static boolean hasCard(String text) {
        Matcher m = CARD.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && luhn(digits)) {
                return true;
            }
        }
        return false;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }
}
