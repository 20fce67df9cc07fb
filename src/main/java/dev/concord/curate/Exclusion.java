package dev.concord.curate;

/**
 * One thing left out of an export and why.
 *
 * @param source the flagged item id (reviewed) or candidate id (automatic)
 * @param file   the file the row was meant for, or null when the whole item is out
 * @param detail specifics in words (never the excluded text itself)
 */
public record Exclusion(String source, ExampleFile file, ExclusionReason reason, String detail) {
}
