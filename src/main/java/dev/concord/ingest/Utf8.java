package dev.concord.ingest;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no cut sequences) without decoding them: the same verdict as the JDK's strict decoder, at a fraction of
 * its cost, because a line's text is decoded later anyway by the JSON parser.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
    static boolean isWellFormed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            int n;
            int lo = 0x80;
            int hi = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                n = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                n = 2;
                if (b == 0xe0) {
                    lo = 0xa0;
                } else if (b == 0xed) {
                    hi = 0x9f;
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                n = 3;
                if (b == 0xf0) {
                    lo = 0x90;
                } else if (b == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                return false;
            }
            if (i + n >= to) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                int c = bytes[i + k] & 0xff;
                if (c < 0x80 || c > 0xbf) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
