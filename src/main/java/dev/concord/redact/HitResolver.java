package dev.concord.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the raw, possibly overlapping hits of all rules into disjoint spans in text order.
 *
 * <p>Hits that overlap (directly or through a chain) form one cluster and are replaced once, over
 * the union of their spans, so no part of any match survives. The cluster takes the type and rule
 * of its winner: a {@link PiiType#SECRET} hit first, then the earliest start, then the longest
 * span, then the rule listed first.
 */
final class HitResolver {

    /** A raw hit and the position of its rule in the redactor's list. */
    record Candidate(RedactionHit hit, int ruleIndex) {
    }

    private static final Comparator<Candidate> TEXT_ORDER = Comparator
            .comparingInt((Candidate c) -> c.hit().start())
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.hit().end()).reversed());

    private static final Comparator<Candidate> WINNER_FIRST = Comparator
            .comparing((Candidate c) -> c.hit().type() != PiiType.SECRET)
            .thenComparingInt(c -> c.hit().start())
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.hit().length()).reversed())
            .thenComparingInt(Candidate::ruleIndex);

    private HitResolver() {
    }

    static List<RedactionHit> resolve(List<Candidate> candidates) {
        if (candidates.size() == 1) {
            return List.of(candidates.get(0).hit());
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(TEXT_ORDER);
        List<RedactionHit> resolved = new ArrayList<>(sorted.size());
        Candidate winner = sorted.get(0);
        int clusterStart = winner.hit().start();
        int clusterEnd = winner.hit().end();
        for (int i = 1; i < sorted.size(); i++) {
            Candidate next = sorted.get(i);
            if (next.hit().start() < clusterEnd) {
                clusterEnd = Math.max(clusterEnd, next.hit().end());
                if (WINNER_FIRST.compare(next, winner) < 0) {
                    winner = next;
                }
            } else {
                resolved.add(merged(winner, clusterStart, clusterEnd));
                winner = next;
                clusterStart = next.hit().start();
                clusterEnd = next.hit().end();
            }
        }
        resolved.add(merged(winner, clusterStart, clusterEnd));
        return resolved;
    }

    private static RedactionHit merged(Candidate winner, int start, int end) {
        RedactionHit hit = winner.hit();
        if (hit.start() == start && hit.end() == end) {
            return hit;
        }
        return new RedactionHit(hit.type(), hit.rule(), start, end);
    }
}
