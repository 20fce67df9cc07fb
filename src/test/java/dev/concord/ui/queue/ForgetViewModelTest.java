package dev.concord.ui.queue;

import dev.concord.store.ErasedCounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForgetViewModelTest {
    @Test
    void theCountsAreSaidInWordsWithPlurals() {
        assertThat(ForgetViewModel.describe(new ErasedCounts(1, 3, 1, 0, 2)))
                .isEqualTo("1 session, 3 events, 1 flagged item, 0 candidates, 2 reviews");
    }
}
