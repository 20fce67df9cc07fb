package dev.concord.review;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One label of the project's label set.
 *
 * @param key  the keyboard key that applies it in the review screen: one digit, {@code 0}–{@code 9}
 * @param id   stable identifier stored in reviews and CSV files: lower case letters, digits and dashes
 * @param name what people read, e.g. {@code wrong / factual error}
 */
public record ReviewLabel(String key, String id, String name) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ReviewLabel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        key = key.strip();
        id = id.strip();
        name = name.strip();
        if (key.length() != 1 || !Character.isDigit(key.charAt(0))) {
            throw new IllegalArgumentException("label key must be one digit 0-9, not '" + key + "'");
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("label id '" + id + "' must be lower case letters, digits and dashes");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("label '" + id + "' needs a name");
        }
    }

    /** An id derived from a name: lower case, runs of other characters become one dash. */
    public static String idFor(String name) {
        String id = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "label" : id;
    }
}
