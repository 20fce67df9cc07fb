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
 * text (with its tool calls, see {@link #keyText}), is normalized: Unicode NFKC, lower case (root locale), every run of whitespace collapsed to one space,
 * trimmed. The key is a 64-bit FNV-1a hash, with a final avalanche mix, of the normalized messages (role, NUL,
 * text, SOH each): two different prompts collide by chance with probability about n²/2⁶⁵ (3·10⁻⁸ for a million
 * prompts). ASCII text is normalized on the fly without building strings.
 */
public final class PromptKey {
    private PromptKey() {
    }

    /** NFKC, lower case, whitespace runs to one space, trimmed. */
    public static String normalize(String text) {
        String n = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The normalized prompt, as one string (for tests and reports). */
    public static String normalized(List<Message> prompt) {
        int size = 0;
        for (Message m : prompt) {
            size += m.role().length() + m.content().length() + 2;
        }
        StringBuilder sb = new StringBuilder(size);
        for (Message m : prompt) {
            sb.append(normalize(m.role())).append('\u0000').append(normalize(keyText(m))).append('\u0001');
        }
        return sb.toString();
    }

    /** The 64-bit key of a prompt: {@link #fnv64} of {@link #normalized}, computed without building it. */
    public static long of(List<Message> prompt) {
        long h = FNV_OFFSET;
        for (Message m : prompt) {
            h = feedNormalized(h, m.role());
            h = feed(h, '\u0000');
            h = feedNormalized(h, keyText(m));
            h = feed(h, '\u0001');
        }
        return mix(h);
    }

    /**
     * The text of a message as the key sees it: its content, then each tool call's function name and arguments on
     * a line of its own (call ids are left out: they are random, so the same conversation would get other keys).
     */
    static String keyText(Message m) {
        if (m.toolCalls().isEmpty()) {
            return m.content();
        }
        StringBuilder sb = new StringBuilder(m.content());
        for (var c : m.toolCalls()) {
            sb.append('\n').append(c.name()).append(' ').append(c.arguments());
        }
        return sb.toString();
    }

    /** FNV-1a over the UTF-16 units of {@code text}, then the MurmurHash3 finalizer. */
    public static long fnv64(String text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h = feed(h, text.charAt(i));
        }
        return mix(h);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long feed(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long feedNormalized(long h, String text) {
        if (!isAscii(text)) {
            String n = normalize(text);
            for (int i = 0; i < n.length(); i++) {
                h = feed(h, n.charAt(i));
            }
            return h;
        }
        boolean started = false;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = started;
            } else {
                if (space) {
                    h = feed(h, ' ');
                    space = false;
                }
                h = feed(h, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                started = true;
            }
        }
        return h;
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

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private static MessageDigest sha256() {
        MessageDigest d = SHA256.get();
        d.reset();
        return d;
    }
}
