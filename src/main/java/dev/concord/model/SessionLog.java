package dev.concord.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one session: its generations in time order, the signals on each generation and
 * how it ended (null if no end was logged).
 */
public record SessionLog(String session, List<Generation> generations, Map<String, List<Signal>> signals,
                         SessionEnd end) {
    public SessionLog {
        generations = generations.stream()
                .sorted(Comparator.comparing(Generation::ts).thenComparing(Generation::id))
                .toList();
        signals = Map.copyOf(signals);
    }

    public List<Signal> signalsOf(String generationId) {
        return signals.getOrDefault(generationId, List.of());
    }

    public boolean abandoned() {
        return end != null && end.outcome() == SessionOutcome.ABANDONED;
    }

    public boolean completed() {
        return end != null && end.outcome() == SessionOutcome.COMPLETED;
    }
}
