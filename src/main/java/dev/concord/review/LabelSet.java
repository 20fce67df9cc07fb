package dev.concord.review;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The project's labels, in display order. Keys and ids are unique; names are unique ignoring case.
 */
public record LabelSet(List<ReviewLabel> labels) {
    /** At most one label per digit key. */
    public static final int MAX_LABELS = 10;

    public LabelSet {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("the label set needs at least one label");
        }
        if (labels.size() > MAX_LABELS) {
            throw new IllegalArgumentException("at most " + MAX_LABELS + " labels (one per digit key)");
        }
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ReviewLabel l : labels) {
            if (!keys.add(l.key())) {
                throw new IllegalArgumentException("key " + l.key() + " is used by two labels");
            }
            if (!ids.add(l.id())) {
                throw new IllegalArgumentException("label id '" + l.id() + "' is used twice");
            }
            if (!names.add(l.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("label name '" + l.name() + "' is used twice");
            }
        }
    }

    /** The default set: 1 good, 2 wrong, 3 unsafe, 4 off-task, 5 style, 6 needs expert. */
    public static LabelSet defaults() {
        return new LabelSet(List.of(
                new ReviewLabel("1", "good", "good"),
                new ReviewLabel("2", "wrong", "wrong / factual error"),
                new ReviewLabel("3", "unsafe", "unsafe / policy"),
                new ReviewLabel("4", "off-task", "off-task"),
                new ReviewLabel("5", "style", "style / format"),
                new ReviewLabel("6", "needs-expert", "needs expert")));
    }

    public Optional<ReviewLabel> byId(String id) {
        return labels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<ReviewLabel> byKey(String key) {
        return labels.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** Finds a label by id or by name, ignoring case and surrounding blanks (for imported files). */
    public Optional<ReviewLabel> resolve(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return labels.stream().filter(l -> l.id().equalsIgnoreCase(t) || l.name().equalsIgnoreCase(t)).findFirst();
    }

    /** The name to show for a stored label id; the id itself if the label was removed from the set. */
    public String nameOf(String id) {
        return byId(id).map(ReviewLabel::name).orElse(id);
    }

    public List<String> ids() {
        return labels.stream().map(ReviewLabel::id).toList();
    }
}
