package dev.concord.redact;

/** The Luhn (mod 10) checksum used by payment card numbers. */
final class Luhn {

    private Luhn() {
    }

    /** Whether the digits of {@code text[start, end)} (other characters skipped) pass Luhn. */
    static boolean isValid(CharSequence text, int start, int end) {
        int sum = 0;
        boolean doubleIt = false;
        int digits = 0;
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (!TextScan.isDigit(c)) {
                continue;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
            digits++;
        }
        return digits > 1 && sum % 10 == 0;
    }
}
