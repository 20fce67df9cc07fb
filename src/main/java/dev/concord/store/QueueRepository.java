package dev.concord.store;

import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.QueueEntry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the flagged queue, oldest first, optionally only items with one reason. */
public interface QueueRepository {
    /** @param reason only items with this reason, or null for all */
    long count(FlagReason reason);

    /** One page of the queue, in queue order (oldest first, then id). */
    List<QueueEntry> page(FlagReason reason, long offset, int limit);

    /**
     * @param reason only items with this reason, or null for all
     * @param search only items whose id, session, prompt or an answer contains this text (any case); null or blank
     *               for all
     */
    long count(FlagReason reason, String search);

    /** One page of the items that match, in queue order. */
    List<QueueEntry> page(FlagReason reason, String search, long offset, int limit);

    Optional<FlaggedItem> find(String id);

    /** Streams whole items in queue order, attempts included. */
    void forEach(FlagReason reason, Consumer<FlaggedItem> consumer);
}
