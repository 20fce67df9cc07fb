package dev.concord.redact;

/** Words that name what a nearby number is, looked for in a short window before it. */
final class ContextWords {

    static final ContextWords TAX_ID = new ContextWords("steuer", "idnr", "id-nr", "tax id", "tax-id", "tin",
            "identifikationsnummer");
    static final ContextWords SSN = new ContextWords("ssn", "social security", "soc. sec", "sozialversicherung");

    private final NeedleSet words;

    private ContextWords(String... words) {
        this.words = new NeedleSet(words);
    }

    /** Whether one of the words starts within {@code window} characters before {@code start}. */
    boolean nearBefore(String text, int start, int window) {
        return words.indexIn(text, start - window, start) >= 0;
    }
}
