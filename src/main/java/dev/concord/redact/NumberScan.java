package dev.concord.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;


/**
 * The rules whose matches hold digits (cards, phones, IPv4, national ids, IBANs, postal addresses),
 * found together in one pass over the text instead of one pass per rule: the pass finds the runs of
 * digits and separators ({@code space - . + ( )}), and each rule runs its own check only at runs that
 * hold enough digits for it, in a window a few characters wider than the run. Each hit keeps the name
 * of the rule that made it.
 */
final class NumberScan implements RedactionRule {

    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte SEPARATOR = 2;
    private static final byte[] CLASS = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        for (char c : " -.+()".toCharArray()) {
            CLASS[c] = SEPARATOR;
        }
    }

    /** One matcher per rule for the text being scanned, made when first needed (a few rules: a short list). */
    static final class Matchers {
        private final String text;
        private PatternRule[] rules = new PatternRule[4];
        private Matcher[] made = new Matcher[4];
        private int size;

        Matchers(String text) {
            this.text = text;
        }

        Matcher of(PatternRule rule) {
            for (int i = 0; i < size; i++) {
                if (rules[i] == rule) {
                    return made[i];
                }
            }
            if (size == rules.length) {
                rules = Arrays.copyOf(rules, size * 2);
                made = Arrays.copyOf(made, size * 2);
            }
            rules[size] = rule;
            made[size] = rule.matcher(text);
            return made[size++];
        }
    }

    /** A run of digits and separators, with what the rules gate on. */
    record Run(int start, int end, int digits, int dots, int pluses, Matchers matchers) {
        /** The index of the run's first digit. */
        int firstDigit(String text) {
            int i = start;
            while (!TextScan.isDigit(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    /** A cheap look at a run and the characters around it, before a form runs its regex. */
    @FunctionalInterface
    interface Gate {
        boolean test(String text, Run run);

        Gate ANY = (text, run) -> true;
    }

    /** One rule of the scan: adds its hits for one run (its own span checks are its business). */
    interface Form {
        /** The rule this form reports as, for documentation and tests. */
        RedactionRule rule();

        /** The fewest digits a run must hold for this form to look at it. */
        int minDigits();

        /** The most digits a run may hold for this form to look at it. */
        default int maxDigits() {
            return Integer.MAX_VALUE;
        }

        /** Called only for runs of {@link #minDigits()}..{@link #maxDigits()} digits: the scan checks the bounds. */
        void find(String text, Run run, List<RedactionHit> hits);
    }

    private final String name;
    private final List<Form> forms;
    /** The forms and their digit bounds as arrays: the loop over them runs at every run of every text. */
    private final Form[] formArray;
    private final int[] formMin;
    private final int[] formMax;
    private final int minDigits;

    NumberScan(String name, List<Form> forms) {
        this.name = name;
        this.forms = List.copyOf(forms);
        this.formArray = this.forms.toArray(Form[]::new);
        this.formMin = this.forms.stream().mapToInt(Form::minDigits).toArray();
        this.formMax = this.forms.stream().mapToInt(Form::maxDigits).toArray();
        this.minDigits = forms.stream().mapToInt(Form::minDigits).min().orElse(1);
    }

    /**
     * A form running {@code rule}'s regex (find, in text order) over the run widened by {@code lead}
     * characters before and {@code trail} after, when the run holds {@code minDigits..maxDigits}
     * digits and passes {@code gate}. The rule's own prefilter is not consulted.
     */
    static Form pattern(PatternRule rule, int minDigits, int maxDigits, int lead, int trail, Gate gate) {
        return new Form() {
            @Override
            public RedactionRule rule() {
                return rule;
            }

            @Override
            public int minDigits() {
                return minDigits;
            }

            @Override
            public int maxDigits() {
                return maxDigits;
            }

            @Override
            public void find(String text, Run run, List<RedactionHit> hits) {
                if (gate.test(text, run)) {
                    rule.findIn(run.matchers().of(rule), text, Math.max(0, run.start() - lead),
                            Math.min(text.length(), run.end() + trail), hits);
                }
            }
        };
    }

    /**
     * A form running {@code rule}'s regex only at the run's first digit ({@code lookingAt}), reaching
     * at most {@code trail} characters past the run, when the run holds at most {@code maxDigits}
     * digits and passes {@code gate}: for matches that start with a number (street lines).
     */
    static Form startingAtNumber(PatternRule rule, int maxDigits, int trail, Gate gate) {
        return new Form() {
            @Override
            public RedactionRule rule() {
                return rule;
            }

            @Override
            public int minDigits() {
                return 1;
            }

            @Override
            public int maxDigits() {
                return maxDigits;
            }

            @Override
            public void find(String text, Run run, List<RedactionHit> hits) {
                if (gate.test(text, run)) {
                    int at = run.firstDigit(text);
                    rule.matchAt(run.matchers().of(rule), text, at, Math.min(text.length(), run.end() + trail), hits);
                }
            }
        };
    }

    /** The rules scanned together, in order. */
    List<RedactionRule> parts() {
        return forms.stream().map(Form::rule).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PiiType type() {
        return PiiType.PHONE;
    }

    @Override
    public List<RedactionHit> find(String text) {
        List<RedactionHit> hits = null;
        Matchers matchers = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 128 || CLASS[c] != DIGIT) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && isSeparator(text.charAt(start - 1))) {
                start--;
            }
            int digits = 0;
            int dots = 0;
            int pluses = 0;
            for (; i < n; i++) {
                c = text.charAt(i);
                if (c >= 128 || CLASS[c] == OTHER) {
                    break;
                }
                if (CLASS[c] == DIGIT) {
                    digits++;
                } else if (c == '.') {
                    dots++;
                } else if (c == '+') {
                    pluses++;
                }
            }
            if (digits >= minDigits) {
                pluses += countPluses(text, start, i);
                if (hits == null) {
                    hits = new ArrayList<>(0);
                    matchers = new Matchers(text);
                }
                runForms(text, new Run(start, i, digits, dots, pluses, matchers), hits);
            }
        }
        return hits == null || hits.isEmpty() ? List.of() : hits;
    }

    /** The forms for one run, apart from the character loop so that each compiles small (and warms up) on its own. */
    private void runForms(String text, Run run, List<RedactionHit> hits) {
        int digits = run.digits();
        for (int k = 0; k < formArray.length; k++) {
            if (digits >= formMin[k] && digits <= formMax[k]) {
                formArray[k].find(text, run, hits);
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c < 128 && CLASS[c] == SEPARATOR;
    }

    /** Pluses in the separators before the run's first digit (the main loop counts the rest). */
    private static int countPluses(String text, int start, int firstDigitOrEnd) {
        int found = 0;
        for (int k = start; k < firstDigitOrEnd && !TextScan.isDigit(text.charAt(k)); k++) {
            if (text.charAt(k) == '+') {
                found++;
            }
        }
        return found;
    }
}
