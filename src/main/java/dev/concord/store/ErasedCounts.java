package dev.concord.store;

/**
 * What forgetting erased (or would erase): sessions, events (generations, signals, session ends and evaluator scores), flagged
 * items, automatic candidates and the latest reviews and lead decisions of those items. Counts only, no content.
 */
public record ErasedCounts(long sessions, long events, long items, long candidates, long reviews) {
    public static final ErasedCounts NONE = new ErasedCounts(0, 0, 0, 0, 0);

    public ErasedCounts plus(ErasedCounts o) {
        return new ErasedCounts(sessions + o.sessions, events + o.events, items + o.items, candidates + o.candidates,
                reviews + o.reviews);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
