package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall and false positives of the standard redactor on the labelled corpus in
 * {@code src/test/resources/redaction-corpus/}: an identifier counts as found when one redacted span
 * covers all of it, whatever type that span got. A negative line counts as a false positive of each
 * type that redacts anything in it. The floors are set a little under the measured figures (see
 * docs/redaction-rules.md), so a change that loses recall or gains false positives fails here.
 */
class RedactionCorpusTest {

    /** Line of the positive corpus: the expected type, the identifier as written, the line. */
    record Positive(PiiType type, String identifier, String text) {
    }

    private static final Map<PiiType, Double> RECALL_FLOOR = new EnumMap<>(Map.of(
            PiiType.NATIONAL_ID, 0.9, PiiType.IBAN, 1.0, PiiType.BANK_ACCOUNT, 0.9, PiiType.PASSPORT, 0.9,
            PiiType.DATE_OF_BIRTH, 0.95, PiiType.ADDRESS, 0.95, PiiType.NAME, 0.85, PiiType.PHONE, 0.85,
            PiiType.EMAIL, 0.95));
    private static final double FALSE_POSITIVE_CEILING = 0.015;
    private static final double ALL_FALSE_POSITIVE_CEILING = 0.03;

    private static final Redactor REDACTOR = Redactor.standard();
    private static List<Positive> positives;
    private static List<String> negatives;

    @BeforeAll
    static void load() throws IOException {
        positives = new ArrayList<>();
        for (String line : lines("positive.tsv")) {
            String[] cols = line.split("\t", 3);
            positives.add(new Positive(PiiType.valueOf(cols[0]), cols[1], unescape(cols[2])));
        }
        negatives = lines("negative.tsv").stream().map(RedactionCorpusTest::unescape).toList();
    }

    @Test
    void corpusIsLargeEnoughAndWellFormed() {
        assertThat(positives).hasSizeGreaterThanOrEqualTo(300)
                .allSatisfy(p -> assertThat(p.text()).contains(unescape(p.identifier())));
        assertThat(negatives).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void findsEachTypeAtLeastAsOftenAsItsFloor() throws IOException {
        Map<PiiType, int[]> found = recallByType();
        writeFigures(found, falsePositivesByType());

        assertThat(RECALL_FLOOR).allSatisfy((type, floor) -> {
            int[] f = found.get(type);
            assertThat((double) f[0] / f[1]).as("recall of %s (%d of %d)", type, f[0], f[1]).isGreaterThanOrEqualTo(floor);
        });
    }

    @Test
    void redactsFewNegativeLines() {
        Map<PiiType, Integer> falsePositives = falsePositivesByType();
        long anyHit = negatives.stream().filter(REDACTOR::containsPii).count();

        assertThat(falsePositives).allSatisfy((type, n) ->
                assertThat((double) n / negatives.size()).as("false positives of %s", type).isLessThanOrEqualTo(FALSE_POSITIVE_CEILING));
        assertThat((double) anyHit / negatives.size()).as("negative lines with any hit").isLessThanOrEqualTo(ALL_FALSE_POSITIVE_CEILING);
    }

    /** Per expected type: {found, total}. */
    private static Map<PiiType, int[]> recallByType() {
        Map<PiiType, int[]> found = new EnumMap<>(PiiType.class);
        for (Positive p : positives) {
            int[] f = found.computeIfAbsent(p.type(), t -> new int[2]);
            f[1]++;
            String id = unescape(p.identifier());
            int start = p.text().indexOf(id);
            int end = start + id.length();
            if (REDACTOR.scan(p.text()).stream().anyMatch(h -> h.start() <= start && h.end() >= end)) {
                f[0]++;
            }
        }
        return found;
    }

    /** Per type: how many negative lines it redacts something in. */
    private static Map<PiiType, Integer> falsePositivesByType() {
        Map<PiiType, Integer> fp = new EnumMap<>(PiiType.class);
        for (String line : negatives) {
            REDACTOR.scan(line).stream().map(RedactionHit::type).distinct().forEach(t -> fp.merge(t, 1, Integer::sum));
        }
        return fp;
    }

    /** The figures as a Markdown table in target/, to copy into docs/redaction-rules.md. */
    private static void writeFigures(Map<PiiType, int[]> found, Map<PiiType, Integer> fp) throws IOException {
        StringBuilder out = new StringBuilder("| type | found | recall | negative lines hit | false-positive rate |\n|---|---|---|---|---|\n");
        for (PiiType type : PiiType.values()) {
            int[] f = found.getOrDefault(type, new int[2]);
            int n = fp.getOrDefault(type, 0);
            out.append(String.format("| `%s` | %d / %d | %s | %d / %d | %.1f %% |%n", type, f[0], f[1],
                    f[1] == 0 ? "–" : String.format("%.0f %%", 100.0 * f[0] / f[1]), n, negatives.size(), 100.0 * n / negatives.size()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "redaction-corpus-figures.md"), out.toString());
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = RedactionCorpusTest.class.getResourceAsStream("/redaction-corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
