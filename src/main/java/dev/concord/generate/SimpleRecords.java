package dev.concord.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the simple per-interaction records: one question, one answer, and the user's thumbs (with a
 * correction on some thumbs-down), or no feedback at all.
 */
final class SimpleRecords {
    private final Ids ids;

    SimpleRecords(Ids ids) {
        this.ids = ids;
    }

    SimpleRecord next(AgentContent agent, SplittableRandom rng, long ts) {
        Slots s = new Slots(rng);
        agent.fillSession(s, ts);
        Exchange ex = s.pick(agent.scenarios()).open(s);
        String question = ex.question();
        if (s.chance(SessionSimulator.PII_IN_QUESTION)) {
            Pii.fill(s);
            question = question + "\n\n" + agent.piiSentence(s, true).render(s);
        }
        double r = rng.nextDouble();
        Boolean rating = r < 0.40 ? Boolean.TRUE : r < 0.72 ? Boolean.FALSE : null;
        boolean corrected = Boolean.FALSE.equals(rating) && r >= 0.58;
        boolean good = rating == null ? s.chance(0.7) : rating;
        String answer = good ? ex.answer(0) : ex.wrong(0);
        List<String> sources = s.chance(agent.citationRate()) ? ex.sources() : List.of();
        return new SimpleRecord(ids.record(agent), ts, question, answer, sources, rating,
                corrected ? ex.correction() : null);
    }
}
