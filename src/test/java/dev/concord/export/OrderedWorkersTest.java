package dev.concord.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedWorkersTest {
    @Test
    void deliversEveryResultInItemOrderOnTheCallersThread() {
        List<String> delivered = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> deliveringThreads = new ArrayList<>();
        try (OrderedWorkers<Integer, String> w = new OrderedWorkers<>(3, 7, () -> i -> i + "@" + Thread.currentThread().getName(),
                r -> {
                    delivered.add(r);
                    deliveringThreads.add(Thread.currentThread());
                })) {
            IntStream.range(0, 1_000).forEach(w::accept);
            w.drain();
        }
        assertThat(delivered).extracting(r -> r.substring(0, r.indexOf('@')))
                .containsExactlyElementsOf(IntStream.range(0, 1_000).mapToObj(Integer::toString).toList());
        assertThat(delivered).allMatch(r -> r.endsWith("@concord-export-worker"));
        assertThat(deliveringThreads).containsOnly(caller);
    }

    @Test
    void withoutWorkersMapsOnTheCallersThreadAsItemsCome() {
        List<String> delivered = new ArrayList<>();
        try (OrderedWorkers<Integer, String> w = new OrderedWorkers<>(0, 7, () -> i -> i + "@" + Thread.currentThread().getName(),
                delivered::add)) {
            w.accept(1);
            assertThat(delivered).containsExactly("1@" + Thread.currentThread().getName());
        }
    }

    @Test
    void eachWorkerThreadGetsItsOwnFunction() {
        List<Integer> made = new ArrayList<>();
        try (OrderedWorkers<Integer, Integer> w = new OrderedWorkers<>(2, 1, () -> {
            synchronized (made) {
                made.add(1);
            }
            return Function.identity();
        }, r -> { })) {
            IntStream.range(0, 200).forEach(w::accept);
            w.drain();
        }
        assertThat(made).hasSizeBetween(1, 2);
    }

    @Test
    void aWorkersFailureIsRethrownOnTheCallersThread() {
        List<Integer> delivered = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (OrderedWorkers<Integer, Integer> w = new OrderedWorkers<>(2, 4, () -> i -> {
                if (i == 50) {
                    throw new IllegalArgumentException("item 50");
                }
                return i;
            }, delivered::add)) {
                IntStream.range(0, 100).forEach(w::accept);
                w.drain();
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("item 50");
        assertThat(delivered).as("results before the failing batch, in order").isEqualTo(IntStream.range(0, 48).boxed().toList());
    }
}
