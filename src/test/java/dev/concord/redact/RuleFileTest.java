package dev.concord.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project's own rules: read, checked when loaded, applied with their own placeholder (issue 12 §3). */
class RuleFileTest {
    static final String EMPLOYEE = """
            {"rules": [{
              "name": "employee-id", "type": "EMPLOYEE_ID", "pattern": "\\\\bEMP-\\\\d{6}\\\\b",
              "must_match": ["badge EMP-123456 at the door"], "must_not_match": ["EMP-12", "TEMP-123456x"]
            }]}""";

    @Test
    void aRuleReplacesItsHitsWithItsOwnPlaceholderAfterTheStandardRules() throws Exception {
        Redactor r = Redactor.standard().with(RuleFile.parse(EMPLOYEE, "rules.json"));
        assertThat(r.redact("EMP-123456 wrote from jane@example.com", null)).isEqualTo("[EMPLOYEE_ID] wrote from [EMAIL]");
        RedactionCounts counts = new RedactionCounts();
        r.redact("EMP-000001 and EMP-000002", counts);
        assertThat(counts.get(PiiType.CUSTOM)).isEqualTo(2);
    }

    @Test
    void redactingTwiceChangesNothing() throws Exception {
        Redactor r = Redactor.standard().with(RuleFile.parse(rule("caps", "SHOUT", "[A-Z_]{4,}", "[\"HELLO THERE\"]", null, ""),
                "f.json"));
        String once = r.redact("say HELLO", null);
        assertThat(once).isEqualTo("say [SHOUT]");
        assertThat(r.redact(once, null)).isEqualTo(once);
    }

    @Test
    void aBuiltInTypeNameCountsAsThatTypeWithItsPlaceholder() throws Exception {
        Redactor r = Redactor.standard().with(RuleFile.parse(rule("vault", "SECRET", "vault:[a-z0-9]{8}",
                "[\"token vault:abcd1234\"]", null, ""), "f.json"));
        assertThat(r.redact("use vault:abcd1234 now", null)).isEqualTo("use [SECRET] now");
    }

    @Test
    void theLuhnValidatorKeepsNumbersWhoseCheckDigitIsWrong() throws Exception {
        List<CustomRule> rules = RuleFile.parse(rule("member", "MEMBER_NO", "\\\\bM\\\\d{8}\\\\b",
                "[\"member M79927398\"]", "luhn", ", \"must_not_match\": [\"member M79927391\"]"), "f.json");
        assertThat(rules).hasSize(1);
    }

    @Test
    void theMod97ValidatorAcceptsAValidIban() throws Exception {
        // Only the project's rule (the built-in IBAN rule would take the match first in the standard list).
        Redactor r = new Redactor(java.util.List.of()).with(RuleFile.parse(rule("iban-like", "ACCOUNT", "\\\\b[A-Z]{2}\\\\d{2}[A-Z0-9]{11,30}\\\\b",
                "[\"pay to GB82WEST12345698765432\"]", "mod97", ", \"must_not_match\": [\"pay to GB82WEST12345698765433\"]"),
                "f.json"));
        assertThat(r.redact("IBAN DE89370400440532013000.", null)).isEqualTo("IBAN [ACCOUNT].");
        assertThat(r.redact("IBAN DE89370400440532013001.", null)).as("a failing check digit is kept")
                .isEqualTo("IBAN DE89370400440532013001.");
    }

    @Test
    void contextWordsMustBeNearTheMatch() throws Exception {
        String json = """
                {"rules": [{"name": "policy-no", "type": "POLICY_NO", "pattern": "\\\\b\\\\d{9}\\\\b",
                  "context": ["policy"], "context_window": 20,
                  "must_match": ["policy number 123456789"],
                  "must_not_match": ["order 123456789", "policy docs are long, very long indeed, 123456789"]}]}""";
        Redactor r = Redactor.standard().with(RuleFile.parse(json, "f.json"));
        assertThat(r.redact("Your POLICY: 987654321", null)).isEqualTo("Your POLICY: [POLICY_NO]");
    }

    @Test
    void aFailingMustMatchExampleNamesFileRuleAndFieldButNotTheExample() {
        assertThatThrownBy(() -> RuleFile.parse(rule("emp", "EMP", "EMP-\\\\d{6}", "[\"EMP-1\"]", null, ""), "team/rules.json"))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("team/rules.json: rule 1 'emp': field 'must_match[0]': the rule finds nothing in this example");
    }

    @Test
    void aMustNotMatchExampleTheRuleFindsIsAnError() {
        assertThatThrownBy(() -> RuleFile.parse(rule("emp", "EMP", "EMP-\\\\d{6}", "[\"EMP-123456\"]", null,
                ", \"must_not_match\": [\"x\", \"EMP-654321\"]"), "r.json"))
                .hasMessage("r.json: rule 1 'emp': field 'must_not_match[1]': the rule finds something in this example");
    }

    @Test
    void missingAndMistypedFieldsAreNamed() {
        assertThatThrownBy(() -> RuleFile.parse("{\"rules\":[{\"name\":\"a\",\"type\":\"A\",\"must_match\":[\"x\"]}]}", "r.json"))
                .hasMessage("r.json: rule 1 'a': field 'pattern': missing");
        assertThatThrownBy(() -> RuleFile.parse(rule("a", "A", "x", "[\"x\"]", "crc", ""), "r.json"))
                .hasMessage("r.json: rule 1 'a': field 'validator': must be luhn or mod97");
        assertThatThrownBy(() -> RuleFile.parse("{\"rules\":[{\"name\":\"a\",\"type\":\"A\",\"patern\":\"x\"}]}", "r.json"))
                .hasMessageStartingWith("r.json: rule 1: field 'patern': unknown");
        assertThatThrownBy(() -> RuleFile.parse("{\"rules\":[{\"name\":\"A b\"}]}", "r.json"))
                .hasMessageStartingWith("r.json: rule 1: field 'name': must be kebab-case");
        assertThatThrownBy(() -> RuleFile.parse("{\"rules\":[{\"name\":\"a\",\"type\":\"a\"}]}", "r.json"))
                .hasMessageStartingWith("r.json: rule 1 'a': field 'type': must be upper case");
        assertThatThrownBy(() -> RuleFile.parse("{\"rules\": [", "r.json")).hasMessageStartingWith("r.json:1: not valid JSON");
        assertThatThrownBy(() -> RuleFile.parse("[]", "r.json")).hasMessage("r.json: expected an object {\"rules\": [...]}");
    }

    @Test
    void twoRulesWithOneNameAreAnError() {
        String one = "{\"name\":\"a\",\"type\":\"A\",\"pattern\":\"x\",\"must_match\":[\"x\"]}";
        assertThatThrownBy(() -> RuleFile.parse("{\"rules\":[" + one + "," + one + "]}", "r.json"))
                .hasMessage("r.json: rule 2 'a': field 'name': used by an earlier rule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+b", "(\\\\d+-?)*x", "(a|ab)+c", "(x*){2,}", "(a+){10}", "(\\\\w)\\\\1", "(?<n>a)\\\\k<n>",
            "((ab)*c)+"})
    void patternsThatCanBacktrackCatastrophicallyAreRefused(String regex) {
        assertThatThrownBy(() -> RuleFile.parse(rule("a", "A", regex, "[\"x\"]", null, ""), "r.json"))
                .hasMessageStartingWith("r.json: rule 1 'a': field 'pattern': unsafe: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\\\bEMP-\\\\d{6}\\\\b", "(\\\\d{3}-){2}\\\\d{4}", "[A-Z]{2}\\\\d{2}(?: ?\\\\d{4}){3,7}", "(?i)ref[:#]\\\\s*\\\\w+",
            "(?:ab|cd)?x+", "[(+)]+y"})
    void ordinaryPatternsAreAccepted(String regex) {
        assertThat(PatternSafety.problem(regex.replace("\\\\", "\\"))).isEmpty();
    }

    @Test
    void aPatternThatMatchesEmptyTextIsRefused() {
        assertThatThrownBy(() -> RuleFile.parse(rule("a", "A", "x?", "[\"x\"]", null, ""), "r.json"))
                .hasMessage("r.json: rule 1 'a': field 'pattern': matches the empty text");
    }

    @Test
    void aSlowPatternThatSlipsThroughRedactsTheWholeTextInsteadOfStalling() throws Exception {
        List<CustomRule> rules = RuleFile.parse(rule("slow", "SLOW", "\\\\d*\\\\d*\\\\d*x", "[\"12x\"]", null, ""), "r.json");
        String adversarial = "1".repeat(1_000_000);
        List<RedactionHit> hits = rules.get(0).find(adversarial);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.start()).isZero();
            assertThat(h.end()).isEqualTo(adversarial.length());
        });
    }

    @Test
    void anAcceptedRuleStaysLinearOnAMegabyteOfAdversarialInput() throws Exception {
        List<CustomRule> rules = RuleFile.parse(EMPLOYEE, "r.json");
        String adversarial = "EMP-12345".repeat(120_000);
        assertThat(rules.get(0).find(adversarial)).isEmpty();
    }

    private static String rule(String name, String type, String pattern, String must, String validator, String more) {
        return "{\"rules\": [{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"pattern\": \"" + pattern + "\""
                + (validator == null ? "" : ", \"validator\": \"" + validator + "\"") + ", \"must_match\": " + must + more + "}]}";
    }
}
