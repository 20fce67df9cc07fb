package dev.concord.redact;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Replaces an identifier that holds personal data (a generation id such as {@code g-jane@example.com}) by a
 * keyed, stable pseudonym: its redacted form, so a reader still sees what was there, plus the first
 * {@value #SUFFIX_HEX} hex digits of HMAC-SHA256(key, original id), e.g. {@code g-[EMAIL]-3f9a0c12d4e7}.
 * Distinct ids stay distinct (redacting alone would make {@code g-jane@…} and {@code g-bob@…} one id), and
 * with the same key the same id maps the same way in every run. An id without personal data is kept as it
 * is. Pure: the key is given (the store keeps one per database); thread-safe.
 */
public final class Pseudonyms {
    /** The size of a key from {@link #newKey()}. */
    public static final int KEY_BYTES = 32;
    static final int SUFFIX_HEX = 12;
    static final int USER_HEX = 16;
    private static final String HMAC = "HmacSHA256";

    private final Redactor redactor;
    private final SecretKeySpec key;

    public Pseudonyms(Redactor redactor, byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
        }
        this.redactor = redactor;
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    /** A new random key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /**
     * The id itself if it holds no personal data, otherwise its pseudonym; null stays null. What was found is
     * added to {@code counts}.
     */
    public String apply(String id, RedactionCounts counts) {
        if (id == null) {
            return null;
        }
        String redacted = redactor.redact(id, counts);
        if (redacted.equals(id)) {
            return id;
        }
        return redacted + "-" + HexFormat.of().formatHex(hmac(id)).substring(0, SUFFIX_HEX);
    }

    /**
     * The pseudonym of a user: {@code user-} plus the first {@value #USER_HEX} hex digits of HMAC-SHA256(key,
     * "user" + the user), always, whatever the user looks like; null stays null. Stable per key, so a user's events
     * from every log meet under one pseudonym and can be found (and forgotten) by it.
     */
    public String user(String user) {
        if (user == null) {
            return null;
        }
        return "user-" + HexFormat.of().formatHex(hmac("user\u001f" + user)).substring(0, USER_HEX);
    }

    /**
     * A keyed hash of a stored value (an id, a user pseudonym) under a kind ({@code session}, {@code generation},
     * {@code user}): 64 hex digits that name the value to whoever holds the key and to nobody else, for the
     * tombstones of forgotten data.
     */
    public String tombstone(String kind, String value) {
        return HexFormat.of().formatHex(hmac("tombstone\u001f" + kind + "\u001f" + value));
    }

    private byte[] hmac(String id) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
