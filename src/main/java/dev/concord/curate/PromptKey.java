package dev.concord.curate;

import dev.concord.model.Message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The normalized prompt used for deduplication and the leakage guard. Every message of the prompt, role and
 * text, is normalized: Unicode NFKC, lower case (root locale), every run of whitespace collapsed to one space,
 * trimmed. The key is the first 64 bits of the SHA-256 of the normalized messages (role, NUL, text, SOH each):
 * two prompts collide by chance with probability about n²/2⁶⁵ (3·10⁻⁸ for a million prompts).
 */
public final class PromptKey {
    private PromptKey() {
    }

    /** NFKC, lower case, whitespace runs to one space, trimmed. */
    public static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The normalized prompt, as one string (for tests and reports). */
    public static String normalized(List<Message> prompt) {
        StringBuilder sb = new StringBuilder();
        for (Message m : prompt) {
            sb.append(normalize(m.role())).append('\u0000').append(normalize(m.content())).append('\u0001');
        }
        return sb.toString();
    }

    /** The 64-bit key of a prompt. */
    public static long of(List<Message> prompt) {
        return hash64(normalized(prompt));
    }

    /** First 64 bits of SHA-256 over the UTF-8 bytes of {@code text}, big-endian. */
    public static long hash64(String text) {
        byte[] d = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xff);
        }
        return v;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
