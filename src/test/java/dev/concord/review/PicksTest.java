package dev.concord.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PicksTest {
    @Test
    void storedPositionsReadAsAttemptNumbersFromOne() {
        assertThat(Picks.line(1, 3, false)).isEqualTo("Best: attempt 2 · Worst: attempt 4");
        assertThat(Picks.line(0, null, false)).isEqualTo("Best: attempt 1 · Worst: —");
    }

    @Test
    void noPicksAndNoneAcceptableReadAsSuch() {
        assertThat(Picks.line(null, null, false)).isEqualTo("Best: — · Worst: —");
        assertThat(Picks.line(null, 0, true)).isEqualTo("None acceptable · Worst: attempt 1");
        assertThat(Picks.line(2, 0, true)).as("none acceptable wins over a stale best pick")
                .isEqualTo("None acceptable · Worst: attempt 1");
    }
}
