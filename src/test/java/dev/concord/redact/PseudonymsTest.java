package dev.concord.redact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymsTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private final Pseudonyms ids = new Pseudonyms(Redactor.standard(), KEY);

    @Test
    void idsWithPersonalDataStayDistinctAndReadable() {
        String jane = ids.apply("g-jane@example.com", new RedactionCounts());
        String bob = ids.apply("g-bob@example.org", new RedactionCounts());
        assertThat(jane).matches("\\[EMAIL]-[0-9a-f]{12}");
        assertThat(bob).matches("\\[EMAIL]-[0-9a-f]{12}").isNotEqualTo(jane);
    }

    @Test
    void theSameIdAndKeyGiveTheSamePseudonymAndAnotherKeyAnother() {
        String once = ids.apply("s-+1-415-555-0134", new RedactionCounts());
        assertThat(new Pseudonyms(Redactor.standard(), KEY).apply("s-+1-415-555-0134", new RedactionCounts()))
                .isEqualTo(once);
        assertThat(new Pseudonyms(Redactor.standard(), "another key, at least 16 bytes".getBytes())
                .apply("s-+1-415-555-0134", new RedactionCounts())).isNotEqualTo(once);
        assertThat(once).doesNotContain("555");
    }

    @Test
    void anIdWithoutPersonalDataIsKeptAndNullStaysNull() {
        String plain = "gen-2026-11-20-0042";
        assertThat(ids.apply(plain, new RedactionCounts())).isSameAs(plain);
        assertThat(ids.apply(null, new RedactionCounts())).isNull();
    }

    @Test
    void whatWasFoundIsCounted() {
        RedactionCounts counts = new RedactionCounts();
        ids.apply("g-jane@example.com", counts);
        assertThat(counts.asMap()).containsEntry(PiiType.EMAIL, 1L);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new Pseudonyms(Redactor.standard(), new byte[8]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
