package dev.concord.export;

import dev.concord.curate.ReviewedItem;
import dev.concord.model.CancelledException;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.Message;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrefetchingInputTest {
    static Candidate candidate(int i) {
        return new Candidate("sft:g" + i, CandidateKind.SFT, "g" + i, "s", List.of(Message.user("q" + i)), "a", null,
                "thumbs-up", Instant.EPOCH);
    }

    static ExportInput source(int n, RuntimeException failAt5000) {
        return new ExportInput() {
            @Override
            public void forEachReviewed(Consumer<ReviewedItem> consumer) {
            }

            @Override
            public void forEachCandidate(boolean evalKinds, Consumer<Candidate> consumer) {
                for (int i = 0; i < n; i++) {
                    if (i == 5000 && failAt5000 != null) {
                        throw failAt5000;
                    }
                    consumer.accept(candidate(i));
                }
            }

            @Override
            public long sourceCount(boolean includeAutomatic) {
                return n;
            }
        };
    }

    @Test
    void keepsTheOrderOfEveryItem() {
        List<String> seen = new ArrayList<>();
        new PrefetchingInput(source(20_000, null)).forEachCandidate(false, c -> seen.add(c.id()));
        assertThat(seen).hasSize(20_000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo("sft:g" + i);
        }
    }

    @Test
    void aReaderFailureReachesTheCaller() {
        assertThatThrownBy(() -> new PrefetchingInput(source(20_000, new IllegalStateException("disk gone")))
                .forEachCandidate(false, c -> { })).isInstanceOf(IllegalStateException.class).hasMessage("disk gone");
    }

    @Test
    void aCallerThatStopsStopsTheReader() throws Exception {
        int[] n = {0};
        assertThatThrownBy(() -> new PrefetchingInput(source(1_000_000, null)).forEachCandidate(false, c -> {
            if (++n[0] == 10) {
                throw new CancelledException();
            }
        })).isInstanceOf(CancelledException.class);
        Thread.sleep(300);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("concord-export-reader") && t.isAlive());
    }
}
