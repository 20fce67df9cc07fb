package dev.concord.generate;

import java.util.List;

/**
 * Fake but realistic personal data: reserved phone ranges, Luhn-valid test card numbers, documentation
 * IP ranges, keys with the real prefixes. Sprinkled into a few user messages and corrections so the
 * redactor has something to find (and plenty of look-alikes such as versions and order numbers to leave).
 */
final class Pii {
    static final List<String> TEST_CARDS = List.of(
            "4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881", "5105 1051 0510 5100",
            "6011 1111 1111 1117", "4242 4242 4242 4242", "3782 822463 10005");
    private static final List<String> FIRST = List.of(
            "maria", "james", "aisha", "tom", "li", "sofia", "daniel", "priya", "lukas", "emma", "omar", "chloe",
            "noah", "zoe", "mateo", "hannah", "kenji", "fatima", "oliver", "ines");
    private static final List<String> LAST = List.of(
            "koch", "smith", "patel", "nguyen", "garcia", "okafor", "schmidt", "rossi", "kowalski", "brown",
            "haddad", "tanaka", "murphy", "silva", "andersson", "dubois");
    private static final List<String> MAIL_DOMAINS = List.of(
            "gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "northwind-labs.com",
            "example.org", "web.de");
    private static final List<String> PASSWORDS = List.of(
            "Hunter2!", "Summer2026!", "p@ssw0rd123", "Tr0ub4dor&3", "letmein42", "Br1ghtw3ll!", "qwerty!2026",
            "N0rthw1nd#db");
    private static final List<String> STREETS = List.of(
            "Baker Street", "Mill Lane", "Station Road", "Church Street", "Victoria Road", "Elm Grove",
            "Kingsway", "Park Avenue");
    private static final List<String> TOWNS = List.of(
            "London SE1 7PB", "Manchester M4 5JD", "Leeds LS1 4AP", "Bristol BS1 6QA", "Edinburgh EH1 1YZ",
            "Cardiff CF10 1EP");
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String HEX = "0123456789abcdef";

    private Pii() {
    }

    /** Puts every PII slot: email, phone, card, ipv4, ipv6, awsKey, openAiKey, githubToken, password, address. */
    static void fill(Slots s) {
        String first = s.pick(FIRST);
        String last = s.pick(LAST);
        s.put("email", s.pick(first + "." + last, first + last.charAt(0), first.charAt(0) + last, first + "_" + last + s.between(1, 99))
                + "@" + s.pick(MAIL_DOMAINS));
        s.put("phone", phone(s));
        s.put("card", card(s));
        s.put("ipv4", ipv4(s));
        s.put("ipv6", "2001:db8:" + hex(s, 4) + ":" + hex(s, 2) + "::" + hex(s, 3) + ":" + hex(s, 4));
        s.put("awsKey", "AKIA" + random(s, UPPER_NUM, 16));
        s.put("openAiKey", s.pick("sk-", "sk-proj-") + random(s, ALNUM, 40));
        s.put("githubToken", "ghp_" + random(s, ALNUM, 36));
        s.put("password", s.pick(PASSWORDS));
        s.put("address", s.between(2, 180) + " " + s.pick(STREETS) + ", " + s.pick(TOWNS));
    }

    private static String phone(Slots s) {
        return switch (s.rng().nextInt(5)) {
            case 0 -> "+44 20 7946 0" + s.between(100, 999);
            case 1 -> "07700 900" + s.between(100, 999);
            case 2 -> "(" + s.pick("415", "212", "646", "312", "206") + ") 555-01" + s.between(10, 99);
            case 3 -> "+1 " + s.pick("415", "617", "303") + " 555 01" + s.between(10, 99);
            default -> "+49 30 " + s.between(200, 999) + " " + s.between(1000, 9999);
        };
    }

    private static String card(Slots s) {
        String card = s.pick(TEST_CARDS);
        return switch (s.rng().nextInt(4)) {
            case 0 -> card.replace(' ', '-');
            case 1 -> card.replace(" ", "");
            default -> card;
        };
    }

    private static String ipv4(Slots s) {
        return switch (s.rng().nextInt(4)) {
            case 0 -> "10." + s.between(0, 40) + "." + s.between(0, 255) + "." + s.between(2, 254);
            case 1 -> "192.168." + s.between(0, 20) + "." + s.between(2, 254);
            case 2 -> "203.0.113." + s.between(2, 254);
            default -> "85." + s.between(100, 230) + "." + s.between(0, 255) + "." + s.between(2, 254);
        };
    }

    private static String hex(Slots s, int len) {
        String h = random(s, HEX, len);
        int i = 0;
        while (i < len - 1 && h.charAt(i) == '0') {
            i++;
        }
        return h.substring(i);
    }

    private static String random(Slots s, String alphabet, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = alphabet.charAt(s.rng().nextInt(alphabet.length()));
        }
        return new String(c);
    }
}
