package dev.concord.redact;

import java.util.Locale;

/** The check digits a project's own rule may ask of each match ({@code "validator"} in the rules file). */
public enum CustomValidator {
    /** The Luhn (mod 10) checksum of the match's digits, as payment cards and many customer numbers use. */
    LUHN {
        @Override
        boolean accepts(CharSequence text, int start, int end) {
            return Luhn.isValid(text, start, end);
        }
    },
    /**
     * ISO 7064 MOD 97-10 as IBANs use it: spaces dropped, the first four characters moved to the end, letters read
     * as 10 to 35; the number must leave remainder 1 when divided by 97.
     */
    MOD97 {
        @Override
        boolean accepts(CharSequence text, int start, int end) {
            StringBuilder chars = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) && c < 128) {
                    chars.append(Character.toUpperCase(c));
                } else if (c != ' ' && c != '-') {
                    return false;
                }
            }
            return chars.length() >= 5 && Iban.remainder(chars.toString()) == 1;
        }
    };

    abstract boolean accepts(CharSequence text, int start, int end);

    /** The name used in the rules file: {@code luhn}, {@code mod97}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The validator of that rules-file name, or null. */
    public static CustomValidator fromCode(String code) {
        for (CustomValidator v : values()) {
            if (v.code().equals(code)) {
                return v;
            }
        }
        return null;
    }
}
