package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRedactionTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0"
            + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    private final Redactor redactor = Redactor.standard();

    private String redact(String text) {
        return redactor.redact(text, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "password=hunter2                              | password=[SECRET]",
        "api_key: abc123                               | api_key: [SECRET]",
        "{\"secret\": \"s3cr3t value\", \"user\": \"bob\"} | {\"secret\": \"[SECRET]\", \"user\": \"bob\"}",
        "token=abcdef123&page=2                        | token=[SECRET]&page=2",
        "passwd: letmein                               | passwd: [SECRET]",
        "client_secret=xyz789abc                       | client_secret=[SECRET]",
        "DB_PASSWORD='p@ss w0rd'                       | DB_PASSWORD='[SECRET]'",
        "String password = \"hunter2\";                | String password = \"[SECRET]\";",
        "x-api-key: 3f9a1c2b                           | x-api-key: [SECRET]",
        "Server=db;Uid=sa;Pwd=Hunter2!;                | Server=db;Uid=sa;Pwd=[SECRET];",
        ":passphrase => 'open sesame'                  | :passphrase => '[SECRET]'",
        "access_token := \"ya29.a0AfH6\"               | access_token := \"[SECRET]\"",
        "token: str = \"abcdef\"                       | token: str = \"[SECRET]\"",
        "{\"password\": \"a\\\"b c\", \"u\": 1}        | {\"password\": \"[SECRET]\", \"u\": 1}",
        "\"password\": \"hunter2 (truncated            | \"password\": \"[SECRET] (truncated",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG | aws_secret_access_key = [SECRET]",
    })
    void redactsTheValueOfSecretAssignmentsAndKeepsTheKey(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @Test
    void redactsAssignmentsInsideJsonThatIsItselfAJsonString() {
        String text = "{\"body\":\"{\\\"password\\\": \\\"hunter2\\\", \\\"user\\\": \\\"bob\\\"}\"}";

        assertThat(redact(text))
                .isEqualTo("{\"body\":\"{\\\"password\\\": \\\"[SECRET]\\\", \\\"user\\\": \\\"bob\\\"}\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"max_tokens\": 1024, \"prompt_tokens\": 50, \"total_tokens\": 1074",
        "def login(user, password=None):",
        "password = get_password()",
        "self.password = password",
        "password = settings.DB_PASSWORD",
        "if password == confirm:",
        "def f(password: str) -> bool:",
        "password: Optional[str] = None",
        "api_key=$OPENAI_API_KEY and token=${TOKEN}",
        "\"password\": \"****\", \"secret\": \"\"",
        "\"secret\": true, \"token\": null",
        "tokenizer: cl100k_base; passwordless: true; password_hash: abc123",
        "<input type=\"password\" name=\"password\">",
        "private String password;",
        "password?: string;",
    })
    void keepsCodeThatMerelyMentionsSecrets(String text) {
        assertThat(redact(text)).isSameAs(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Authorization: Bearer abc123def456ghi789      | Authorization: Bearer [SECRET]",
        "bearer AbCdEfGhIjKlMnOp                       | bearer [SECRET]",
        "Authorization: Basic dXNlcjpwYXNzd29yZA==     | Authorization: Basic [SECRET]",
    })
    void redactsHttpAuthorizationCredentialsAndKeepsTheScheme(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bearer tokens are sent in the Authorization header",
        "Basic configuration is described below",
        "Authorization: Bearer $TOKEN",
    })
    void keepsProseAboutBearerTokens(String text) {
        assertThat(redact(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sk-proj-abc123DEF456ghi789JKL012mno345",
        "sk-ant-api03-abcdefghijklmnop1234567890",
        "sk-1234567890abcdefghijklmnopqrstuvwxyzABCDEFGH",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "AKIAIOSFODNN7EXAMPLE",
        "ASIAY34FZKBOKMUTVV7A",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "xoxb-123456789012-abcdefghijklmn",
        "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        JWT,
    })
    void redactsApiKeysAndTokensWherever(String key) {
        assertThat(redact("use " + key + " now")).isEqualTo("use [SECRET] now");
        assertThat(redact("\"" + key + "\"")).isEqualTo("\"[SECRET]\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sk-learn is not a key", "the task-abcdefghijklmnopqrstuvwxyz slug", "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
        "AKIA is a prefix", "eyJ alone", "ghp_short",
    })
    void keepsLookalikesOfKeys(String text) {
        assertThat(redact(text)).isSameAs(text);
    }

    @Test
    void redactsAWholePemPrivateKeyBlock() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM\nabc+/=\n"
                + "-----END RSA PRIVATE KEY-----";

        assertThat(redact("key:\n" + pem + "\nnext line")).isEqualTo("key:\n[SECRET]\nnext line");
    }

    @Test
    void redactsAPemBlockWithJsonEscapedNewlines() {
        String text = "{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n"
                + "-----END PRIVATE KEY-----\\n\", \"client_email\": \"x\"}";

        assertThat(redact(text)).isEqualTo("{\"private_key\": \"[SECRET]\", \"client_email\": \"x\"}");
    }

    @Test
    void redactsATruncatedPemBlockToTheEnd() {
        String text = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9u";

        assertThat(redact(text)).isEqualTo("[SECRET]");
    }

    @Test
    void keepsAPublicKeyBlock() {
        String text = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----";

        assertThat(redact(text)).isSameAs(text);
    }

    @Test
    void redactsThePasswordInUrlCredentialsAndKeepsUserAndHost() {
        assertThat(redact("postgres://admin:hunter2@db.example.com:5432/app"))
                .isEqualTo("postgres://admin:[SECRET]@db.example.com:5432/app");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = redact("password=hunter2 Bearer abc123def456 \"token\": \"xyz789\" https://u:pw123@h.io");

        assertThat(redact(once)).isSameAs(once);
    }
}
