package dev.concord.redact;

/**
 * Check digits and number-range rules of the national identifiers and bank numbers, each over the
 * digits (and letters) of a span, separators skipped. All are {@link MatchValidator}s.
 */
final class IdChecks {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private IdChecks() {
    }

    /** The span's digits (letters kept, upper-cased), without separators. */
    static String compact(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /** US SSN: area not 000, 666 or 900-999, group not 00, serial not 0000. */
    static boolean ssn(String text, int start, int end) {
        String d = compact(text, start, end);
        if (d.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !d.startsWith("00", 3) && !d.endsWith("0000");
    }

    /** ABA routing number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
    static boolean abaRouting(String text, int start, int end) {
        String d = compact(text, start, end);
        if (d.length() != 9 || !allDigits(d)) {
            return false;
        }
        int sum = 0;
        int[] weights = {3, 7, 1};
        for (int i = 0; i < 9; i++) {
            sum += weights[i % 3] * (d.charAt(i) - '0');
        }
        return sum % 10 == 0 && !d.equals("000000000");
    }

    /** French NIR (numéro de sécurité sociale): 13 digits and a key, 97 − (number mod 97). */
    static boolean frenchNir(String text, int start, int end) {
        String d = compact(text, start, end);
        if (d.length() != 15 || !allDigits(d)) {
            return false;
        }
        long number = Long.parseLong(d.substring(0, 13));
        return 97 - number % 97 == Integer.parseInt(d.substring(13));
    }

    /** German Steuer-ID: 11 digits, no leading zero, ISO 7064 MOD 11,10 check digit. */
    static boolean germanTaxId(String text, int start, int end) {
        String d = compact(text, start, end);
        if (d.length() != 11 || !allDigits(d) || d.charAt(0) == '0') {
            return false;
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == d.charAt(10) - '0';
    }

    /** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): letter = number mod 23. */
    static boolean spanishId(String text, int start, int end) {
        String d = compact(text, start, end);
        if (d.length() != 9) {
            return false;
        }
        String digits = switch (d.charAt(0)) {
            case 'X' -> "0" + d.substring(1, 8);
            case 'Y' -> "1" + d.substring(1, 8);
            case 'Z' -> "2" + d.substring(1, 8);
            default -> d.substring(0, 8);
        };
        if (!allDigits(digits)) {
            return false;
        }
        return DNI_LETTERS.charAt(Integer.parseInt(digits) % 23) == d.charAt(8);
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!TextScan.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
