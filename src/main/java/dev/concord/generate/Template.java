package dev.concord.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with {@code {{slot}}} placeholders, split once into literal and slot parts so rendering is a
 * single pass over a {@link StringBuilder}. Double braces keep code such as {@code if (x) { ... }} literal.
 */
final class Template {
    private final String[] literals;
    private final String[] slots;
    private final int literalLength;

    private Template(String[] literals, String[] slots) {
        this.literals = literals;
        this.slots = slots;
        int len = 0;
        for (String l : literals) {
            len += l.length();
        }
        this.literalLength = len;
    }

    static Template of(String text) {
        List<String> lits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed {{ in template: " + text);
            }
            lits.add(text.substring(from, open));
            names.add(text.substring(open + 2, close).strip());
            from = close + 2;
        }
        lits.add(text.substring(from));
        return new Template(lits.toArray(String[]::new), names.toArray(String[]::new));
    }

    static List<Template> all(String... texts) {
        List<Template> out = new ArrayList<>(texts.length);
        for (String t : texts) {
            out.add(of(t));
        }
        return List.copyOf(out);
    }

    /** The slot names this template reads, in order of appearance. */
    List<String> slotNames() {
        return List.of(slots);
    }

    String render(Slots values) {
        if (slots.length == 0) {
            return literals[0];
        }
        StringBuilder sb = new StringBuilder(literalLength + 24 * slots.length);
        for (int i = 0; i < slots.length; i++) {
            sb.append(literals[i]).append(values.get(slots[i]));
        }
        return sb.append(literals[slots.length]).toString();
    }
}
