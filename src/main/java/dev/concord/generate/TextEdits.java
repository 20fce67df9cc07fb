package dev.concord.generate;

import java.util.SplittableRandom;

/**
 * Trivial edits: changes of whitespace, punctuation or letter case only, the kind of edit that must
 * not count as a preference signal.
 */
final class TextEdits {
    private TextEdits() {
    }

    /** A text that differs from {@code text} only in whitespace, punctuation or case. */
    static String trivial(String text, SplittableRandom rng) {
        String edited = switch (rng.nextInt(6)) {
            case 0 -> text.endsWith(".") ? text.substring(0, text.length() - 1) : text + ".";
            case 1 -> text.replaceFirst("\\. ", ".  ");
            case 2 -> text.replace(", ", ",").replace("—", "-");
            case 3 -> Character.isUpperCase(text.charAt(0))
                    ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
                    : Character.toUpperCase(text.charAt(0)) + text.substring(1);
            case 4 -> text.replace("\n\n", "\n");
            default -> text + "\n";
        };
        return edited.equals(text) ? text.strip() + " " : edited;
    }
}
