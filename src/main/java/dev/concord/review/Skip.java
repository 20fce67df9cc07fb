package dev.concord.review;

import java.time.Instant;

/**
 * An item a reviewer passed on; it is not offered to them again until they take it back.
 *
 * @param itemId    the flagged item
 * @param headline  the item's headline
 * @param skippedAt when they skipped it
 */
public record Skip(String itemId, String headline, Instant skippedAt) {
}
