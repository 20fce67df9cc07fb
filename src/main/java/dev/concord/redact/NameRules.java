package dev.concord.redact;

import java.util.List;
import java.util.Set;

/**
 * Person names in the places agent logs carry them: after a greeting ({@code Hi Maria,}), under a
 * sign-off ({@code Thanks, Jonas}), in an introduction ({@code my name is}, {@code je m'appelle},
 * {@code ich heiße}, {@code me llamo}), after a title ({@code Frau Müller}) and as the value of a
 * name field in JSON ({@code "full_name": "Jane Doe"}). A name is one to three capitalised words; a
 * short list of capitalised words that follow greetings but are not names ({@code Hello World},
 * {@code Hi Team}, {@code Thanks, Great}) is kept. No list of given names: the context decides.
 */
final class NameRules {

    /** One capitalised word of a name: {@code Maria}, {@code O'Brien}, {@code Jean-Luc}, {@code Müller}. */
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]{0,24}+";
    private static final String PARTICLE = "(?:van|von|de|del|della|da|di|der|den|du|dos|le|la|bin|al|ter|y)";
    static final String NAME = "(" + WORD + "(?: (?:" + PARTICLE + " )?" + WORD + "){0,2})";
    private static final String END = "(?=[ \\t]*(?:$|[,!:;.)\\r\\n]|\\\\[nr]|[ \\t]-|[ \\t]+\\p{Ll}{0,3}$))";
    private static final String TITLE = "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Señor|Señora|Don|Doña)\\.?[ \\t]+)?";

    private static final Set<String> NOT_NAMES = Set.of("team", "all", "everyone", "everybody", "there", "support", "sir",
            "madam", "guys", "folks", "friends", "world", "again", "both", "you", "zusammen", "alle", "tout", "todos",
            "equipo", "monsieur", "madame", "great", "perfect", "awesome", "nice", "cool", "done", "sure", "yes",
            "no", "okay", "ok", "bye", "hello", "hi", "thanks", "thank", "sorry", "please", "good", "welcome", "claude",
            "chatgpt", "gemini", "copilot", "assistant", "bot", "agent", "admin", "customer", "user", "worked", "works",
            "it", "that", "this", "the", "and", "but", "so", "also", "now", "then", "here", "anyway", "regards", "best",
            "cheers", "merci", "danke", "gracias", "super", "parfait", "genial", "vale", "bien", "gut", "prima", "klar",
            "excellent", "amazing", "wonderful", "fantastic", "brilliant", "exactly", "right", "correct", "true", "false",
            "null", "none", "python", "java", "docker", "git", "github", "google", "microsoft", "apple", "amazon", "siri", "alexa",
            "cortana", "zoom", "jenkins", "slack", "jira", "kundin", "kunde", "kunden", "sie", "ihnen", "du", "euch", "vous",
            "usted", "product", "finance", "helpdesk", "hr", "sales", "billing", "service", "staff", "crew", "squad", "ops");

    private NameRules() {
    }

    /** The name rules and their trigger words, for the shared scan of {@link IdentifierRules}; sign-offs before greetings ({@code Liebe Grüße}). */
    static List<SharedScan.Part> parts() {
        SharedScan.Follow capital = SharedScan.Follow.capitalAfter(", .\t", 6);
        SharedScan.Follow signature = (text, after) -> SharedScan.Follow.capitalAfter(" \t\r\n,!.-", 12).test(text, after)
                || text.startsWith(" again", after) || text.startsWith(" so much", after) || text.startsWith(" a lot", after);
        SharedScan.Follow fieldValue = NameRules::valueFollows;
        SharedScan.Part greeting = new SharedScan.Part(greeting(), List.of("hi", "hello", "hey", "dear", "hallo", "liebe", "lieber", "bonjour", "salut", "cher",
                "chère", "hola", "estimada", "estimado", "querida", "querido", "good morning", "good afternoon", "good evening", "morning",
                "buenos días", "buenos dias", "buenas tardes", "guten tag", "guten morgen", "moin", "servus", "hej", "hei", "ciao",
                "olá", "sehr geehrte", "sehr geehrter"), capital);
        SharedScan.Part signOff = new SharedScan.Part(signOff(), List.of("thanks", "thank you", "thx", "cheers", "regards", "best", "kind regards", "sincerely",
                "warmly", "danke", "vielen dank", "viele grüße", "viele gruesse", "liebe grüße", "beste grüße", "grüße",
                "gruß", "mfg", "lg", "merci", "cordialement", "bien à vous", "amicalement", "bises", "gracias",
                "muchas gracias", "saludos", "un saludo", "atentamente", "abrazos"), signature);
        SharedScan.Part introduction = new SharedScan.Part(introduction(), List.of("my name is", "my name's", "this is", "je m'appelle", "je m’appelle", "mon nom est",
                "ich heiße", "ich heisse", "mein name ist", "me llamo", "mi nombre es"), capital);
        SharedScan.Part title = new SharedScan.Part(title(), List.of("mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "mme", "mlle", "monsieur",
                "madame", "sr", "sra", "señor", "señora", "senor", "senora"), capital);
        SharedScan.Part field = new SharedScan.Part(nameField(), List.of("name", "full", "first", "last", "given", "family", "display", "customer", "contact",
                "recipient", "sender", "patient", "author", "holder", "cardholder", "client", "kunde", "nombre", "nom",
                "prenom", "prénom", "vorname", "nachname", "apellido"), fieldValue);
        return List.of(signOff, greeting, introduction, title, field);
    }

    /** {@code Hi Maria,}, {@code Dear Mr. Smith}, {@code Hallo Frau Müller!}, {@code Hola Lucía:}. */
    static PatternRule greeting() {
        return PatternRule.builder("name-greeting", PiiType.NAME)
                .pattern("(?i:hi|hello|hey|dear|hallo|liebe|lieber|bonjour|salut|cher|chère|hola|estimad[oa]|querid[oa]"
                        + "|good (?:morning|afternoon|evening)|morning|buen(?:os|as) (?:d[ií]as|tardes)|guten (?:tag|morgen)|moin|servus"
                        + "|hej|hei|ciao|olá|sehr geehrte[r]?)"
                        + ",?[ \\t]+" + TITLE + NAME + END)
                .group(1)
                .validator(NameRules::isName)
                .build();
    }

    /** {@code Thanks, Jonas}, {@code Best regards,\nAyşe Yılmaz}, {@code Viele Grüße\nJürgen}, {@code Saludos, Lucía}. */
    static PatternRule signOff() {
        return PatternRule.builder("name-sign-off", PiiType.NAME)
                .pattern("(?i:thanks|thank you|thx|cheers|(?:kind |best |warm )?regards|best(?: wishes)?|sincerely|warmly"
                        + "|danke(?: schön)?|vielen dank|(?:viele|liebe|beste) gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|gruß|mfg|lg"
                        + "|merci(?: beaucoup)?|cordialement|bien à vous|amicalement|bises|(?:muchas )?gracias|saludos|un saludo"
                        + "|atentamente|abrazos)"
                        + "(?:[ \\t]+(?:again|so much|a lot))?"
                        + "(?:[,!.][ \\t]*(?:\\r?\\n|\\\\r?\\\\n)?[ \\t]*|[ \\t]*(?:\\r?\\n|\\\\r?\\\\n)[ \\t]*|[ \\t]+)(?:-[ \\t]?)?"
                        + NAME + END)
                .group(1)
                .validator(NameRules::isName)
                .build();
    }

    /** {@code my name is Priya Patel}, {@code this is Tom from billing}, {@code je m'appelle Chloé}, {@code me llamo Diego}. */
    static PatternRule introduction() {
        return PatternRule.builder("name-introduction", PiiType.NAME)
                .pattern("(?i:my name is|my name's|je m['’]appelle|mon nom est|ich hei(?:ß|ss)e|mein name ist|me llamo|mi nombre es)"
                        + "[ \\t]+" + TITLE + NAME + "(?![\\p{L}])"
                        + "|(?i:this is)[ \\t]+" + TITLE + NAME + "(?=[ \\t]+(?:from|here|speaking|calling|with|at)\\b)")
                .firstGroup()
                .validator(NameRules::isName)
                .build();
    }

    /** A surname after a title: {@code Mr. Smith}, {@code Frau Müller}, {@code Mme Dubois}, {@code Sra. García}. */
    static PatternRule title() {
        return PatternRule.builder("name-title", PiiType.NAME)
                .pattern("(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Señor|Señora|Senor|Senora)\\.?[ \\t]+" + NAME + END)
                .group(1)
                .validator(NameRules::isName)
                .build();
    }

    /**
     * The value of a name field in JSON or code: {@code "full_name": "Jane Doe"}, {@code customerName='Ana'},
     * {@code \"customer\": \"Wei Zhang\"}. A field called just {@code name} needs two words (tools, files
     * and projects have one-word names).
     */
    static PatternRule nameField() {
        return PatternRule.builder("name-field", PiiType.NAME)
                .pattern("(?i:(?:full|first|last|given|family|display|customer|contact|recipient|sender|patient|holder|card_?holder|client)"
                        + "[_ -]?name|name|customer|recipient|patient|author|cardholder|client|kunde|nombre|nom|pr[ée]nom|vorname"
                        + "|nachname|apellidos?)"
                        + "\\\\?[\"']?[ \\t]*[:=][ \\t]*\\\\?[\"']" + NAME + "\\\\?[\"']")
                .group(1)
                .validator((text, start, end) -> isName(text, start, end) && (!isBareNameKey(text, start) || hasSpace(text, start, end)))
                .build();
    }

    /** After a field's key word: the rest of the key, {@code :} or {@code =}, a quote, then a capital. */
    private static boolean valueFollows(String text, int after) {
        for (int i = after, end = Math.min(text.length(), after + 16); i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '=') {
                return SharedScan.Follow.capitalAfter(" \t\"'\\", 6).test(text, i + 1);
            }
            if (c == ' ' || c == '\n' || c == ',' || c == '.') {
                return false;
            }
        }
        return false;
    }

    static boolean isName(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (String word : text.substring(start, end).split(" ")) {
            if (NOT_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the key before the value at {@code valueStart} is just {@code name}. */
    private static boolean isBareNameKey(String text, int valueStart) {
        int colon = text.lastIndexOf(':', valueStart);
        int eq = text.lastIndexOf('=', valueStart);
        int sep = Math.max(colon, eq);
        int k = sep - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '\'' || text.charAt(k) == '\\')) {
            k--;
        }
        return k >= 3 && text.regionMatches(true, k - 3, "name", 0, 4)
                && (k - 4 < 0 || !Character.isLetter(text.charAt(k - 4)) && text.charAt(k - 4) != '_');
    }

    private static boolean hasSpace(String text, int start, int end) {
        return text.indexOf(' ', start) >= 0 && text.indexOf(' ', start) < end;
    }
}
