package dev.concord.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast path must agree with {@link Instant#parse} on every input: same instant, or the same refusal. */
class IsoInstantTest {
    private static final long MIN = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long MAX = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Test
    void agreesWithInstantParseOnRandomTimestampsOfEveryPrecision() {
        Random random = new Random(20261124);
        for (int i = 0; i < 200_000; i++) {
            long seconds = MIN + (long) (random.nextDouble() * (MAX - MIN));
            int digits = random.nextInt(10);
            int nanos = random.nextInt(1_000_000_000);
            String base = Instant.ofEpochSecond(seconds).toString();
            String text = digits == 0 ? base
                    : base.substring(0, 19) + "." + String.format("%09d", nanos).substring(0, digits) + "Z";
            assertThat(IsoInstant.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void readsWhatInstantToStringWrites() {
        for (String text : new String[] {"2026-11-20T10:00:00Z", "2026-11-20T10:00:00.120Z",
                "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.000001Z"}) {
            Instant expected = Instant.parse(text);
            assertThat(IsoInstant.parse(text)).as(text).isEqualTo(expected);
            assertThat(IsoInstant.parse(expected.toString())).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-10T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-20T10:60:00Z",
            "2026-11-20 10:00:00Z", "2026-11-20T10:00Z", "2026-11-20T10:00:00.1234567890Z",
            "2026-11-2OT10:00:00Z", "2026-11-20T10:00:00", "yesterday", "", "2026-11-20T10:00:00,5Z"})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstant.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20t10:00:00z", "2016-12-31T23:59:60Z", "+10000-01-01T00:00:00Z",
            "2026-11-20T10:00:00.5Z", "2026-11-20T10:00:00+00:00", "2026-11-20T10:00:00+01:00",
            "2026-11-20T24:00:00Z", "2026-11-20T10:00:00.Z"})
    void leavesUnusualFormsToTheJdkWithTheSameResult(String text) {
        assertThat(outcome(() -> IsoInstant.parse(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
    }

    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return DateTimeParseException.class;
        }
    }
}
