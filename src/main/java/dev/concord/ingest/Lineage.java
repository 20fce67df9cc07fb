package dev.concord.ingest;

import dev.concord.model.Generation;
import dev.concord.model.SessionLog;
import dev.concord.model.SignalKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the generations of a session into retry chains by their {@code regenerates} pointers. A pointer to
 * a generation outside the session (or never seen) starts a new chain; a pointer cycle is followed at most
 * once round, so malformed logs cannot hang the ingest.
 */
public final class Lineage {
    private Lineage() {
    }

    /** The chains of a session, ordered by the time of their first attempt. */
    public static List<RetryChain> chains(SessionLog log) {
        Map<String, Generation> byId = new HashMap<>();
        for (Generation g : log.generations()) {
            byId.put(g.id(), g);
        }
        Map<String, List<Generation>> byRoot = new LinkedHashMap<>();
        for (Generation g : log.generations()) {
            byRoot.computeIfAbsent(rootOf(g, byId), k -> new ArrayList<>()).add(g);
        }
        List<RetryChain> chains = new ArrayList<>(byRoot.size());
        for (List<Generation> attempts : byRoot.values()) {
            int logged = attempts.size() - 1;
            int requested = 0;
            for (Generation g : attempts) {
                requested += (int) log.signalsOf(g.id()).stream()
                        .filter(s -> s.kind() == SignalKind.REGENERATE).count();
            }
            chains.add(new RetryChain(attempts, Math.max(logged, requested)));
        }
        chains.sort((a, b) -> {
            int c = a.first().ts().compareTo(b.first().ts());
            return c != 0 ? c : a.first().id().compareTo(b.first().id());
        });
        return chains;
    }

    private static String rootOf(Generation g, Map<String, Generation> byId) {
        Generation current = g;
        int guard = byId.size();
        while (current.regenerates() != null && byId.containsKey(current.regenerates()) && guard-- > 0) {
            current = byId.get(current.regenerates());
        }
        return current.id();
    }
}
