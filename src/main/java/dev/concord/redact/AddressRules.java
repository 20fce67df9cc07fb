package dev.concord.redact;

import java.util.List;

/**
 * Postal addresses, as {@link NumberScan} forms (every street line, postcode and ZIP holds a number):
 * street lines in US/UK and French form (number first), German and Spanish form (number last), UK
 * postcodes and US ZIP codes after a state.
 */
final class AddressRules {

    private static final String STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT"
            + "|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR";
    private static final NeedleSet FRENCH_TYPES = new NeedleSet("rue", "avenue", "av.", "boulevard", "bd", "all",
            "chemin", "impasse", "quai", "route", "place", "cours", "square", "passage", "voie", "bis", "ter");

    private AddressRules() {
    }

    static List<NumberScan.Form> forms() {
        return List.of(
                NumberScan.startingAtNumber(englishStreet(), 5, 90, AddressRules::capitalAfter),
                NumberScan.startingAtNumber(frenchStreet(), 4, 90, AddressRules::frenchTypeAfter),
                new NumberLastStreet(),
                NumberScan.pattern(ukPostcode(), 1, 3, 5, 2, AddressRules::inwardLettersAfter),
                NumberScan.pattern(usZip(), 5, 9, 3, 0, AddressRules::capitalsBefore),
                NumberScan.pattern(postBox(), 1, 6, 24, 0, AddressRules::boxWordBefore));
    }

    /** {@code 221B Baker Street}, {@code 1600 Pennsylvania Avenue NW}, {@code 12 Main St, Apt 4}. */
    static PatternRule englishStreet() {
        return PatternRule.builder("street-en", PiiType.ADDRESS)
                .pattern("\\d{1,5}[A-Za-z]?,? (?:[A-Z][A-Za-z'’.-]{0,24}+ ){1,4}"
                        + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
                        + "|Terrace|Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Gardens|Mews|Row|Walk|Grove|Loop|Plaza)"
                        + "\\b\\.?(?: (?:NW|NE|SW|SE|N|S|E|W)\\b)?"
                        + "(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Flat)\\.? ?#?[A-Za-z0-9-]{1,6}+)?")
                .build();
    }

    /** {@code 12 rue de la Paix}, {@code 3 bis boulevard Haussmann}, {@code 8, place Bellecour}. */
    static PatternRule frenchStreet() {
        return PatternRule.builder("street-fr", PiiType.ADDRESS)
                .pattern("\\d{1,4}(?: ?(?:bis|ter))?,? (?i:rue|avenue|av\\.|boulevard|bd|allée|chemin|impasse|quai|route"
                        + "|place|cours|square|passage|voie)"
                        + "(?: (?:de la|de l'|de|du|des|d'|la|le|les|l'))?[ ']?\\p{Lu}[\\p{L}'’-]*+(?: \\p{Lu}[\\p{L}'’-]*+){0,3}")
                .build();
    }

    /** UK postcodes: {@code SW1A 1AA}, {@code M1 1AE}, {@code EC1A 1BB} (not sizes such as {@code M2 8GB}). */
    static PatternRule ukPostcode() {
        return PatternRule.builder("uk-postcode", PiiType.ADDRESS)
                .pattern("(?<![A-Za-z0-9])[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? \\d(?!GB|TB|PB)[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])")
                .build();
    }

    /** A US state and its ZIP code: {@code IL 62704}, {@code CA 94105-1234}. */
    static PatternRule usZip() {
        return PatternRule.builder("us-zip-state", PiiType.ADDRESS)
                .pattern("(?<![A-Za-z])(?:" + STATES + ") \\d{5}(?:-\\d{4})?(?![\\w-]|[.,]\\d)")
                .build();
    }

    /** {@code PO Box 1234}, {@code P.O. Box 77}, {@code Postfach 10 11 22}, {@code BP 42}, {@code Apartado de Correos 15}. */
    static PatternRule postBox() {
        return PatternRule.builder("post-box", PiiType.ADDRESS)
                .pattern("(?<![\\p{L}])(?:P\\.? ?O\\.? ?Box|PO Box|Post Office Box|Postfach|BP|Boîte postale|Apartado(?: de [Cc]orreos)?)"
                        + " \\d{1,6}(?: \\d{2}){0,2}(?![\\w-])")
                .build();
    }

    private static boolean boxWordBefore(String text, NumberScan.Run run) {
        int s = run.start();
        if (s < 3 || text.charAt(s) != ' ') {
            return false;
        }
        return endsWithIgnoreCase(text, s, "box") || endsWithIgnoreCase(text, s, "postfach") || endsWithIgnoreCase(text, s, "bp")
                || endsWithIgnoreCase(text, s, "postale") || endsWithIgnoreCase(text, s, "apartado") || endsWithIgnoreCase(text, s, "correos");
    }

    private static boolean endsWithIgnoreCase(String text, int end, String word) {
        int from = end - word.length();
        return from >= 0 && text.regionMatches(true, from, word, 0, word.length());
    }

    private static boolean capitalAfter(String text, NumberScan.Run run) {
        int j = run.end();
        if (j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        if (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == ',') {
            return c >= 'A' && c <= 'Z';
        }
        if (c == ',' && j + 2 < text.length()) {
            char next = text.charAt(j + 2);
            return text.charAt(j + 1) == ' ' && next >= 'A' && next <= 'Z';
        }
        return Character.isLetter(c) && j + 1 < text.length() && text.charAt(j + 1) == ' ';
    }

    private static boolean frenchTypeAfter(String text, NumberScan.Run run) {
        int k = run.end();
        if (k < text.length() && text.charAt(k) == ',') {
            k++;
        }
        if (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k > 0 && k < text.length() && text.charAt(k - 1) == ' ' && FRENCH_TYPES.whichAt(text, k) >= 0;
    }

    private static boolean inwardLettersAfter(String text, NumberScan.Run run) {
        int j = run.end();
        return j + 1 < text.length() && TextScan.isDigit(text.charAt(j - 1))
                && isUpper(text.charAt(j)) && isUpper(text.charAt(j + 1));
    }

    private static boolean capitalsBefore(String text, NumberScan.Run run) {
        int s = run.start();
        return s >= 2 && text.charAt(s) == ' ' && isUpper(text.charAt(s - 1)) && isUpper(text.charAt(s - 2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
