package dev.concord.service;

import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.QueueEntry;
import dev.concord.store.Database;
import dev.concord.store.JdbcQueueRepository;
import dev.concord.store.QueueRepository;
import dev.concord.store.StatsRepository;
import dev.concord.store.StoreStats;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the flagged queue and the store's counts, for the UI and the CLI. */
public final class QueueService {
    private final QueueRepository queue;
    private final StatsRepository stats;

    public QueueService(Database db) {
        this(new JdbcQueueRepository(db), new StatsRepository(db));
    }

    public QueueService(QueueRepository queue, StatsRepository stats) {
        this.queue = queue;
        this.stats = stats;
    }

    /** @param reason null for every item */
    public long count(FlagReason reason) {
        return queue.count(reason);
    }

    /** One page of the queue, oldest first. */
    public List<QueueEntry> page(FlagReason reason, long offset, int limit) {
        return queue.page(reason, offset, limit);
    }

    /**
     * How many items have the reason (null: any) and contain the search text (null or blank: any) in their id,
     * session, prompt or an answer, ignoring case.
     */
    public long count(FlagReason reason, String search) {
        return queue.count(reason, search);
    }

    /** One page of the items {@link #count(FlagReason, String)} counts, oldest first; never the whole queue. */
    public List<QueueEntry> page(FlagReason reason, String search, long offset, int limit) {
        return queue.page(reason, search, offset, limit);
    }

    public Optional<FlaggedItem> item(String id) {
        return queue.find(id);
    }

    /** Streams whole items (attempts included) in queue order. */
    public void forEach(FlagReason reason, Consumer<FlaggedItem> consumer) {
        queue.forEach(reason, consumer);
    }

    public StoreStats stats() {
        return stats.stats();
    }
}
