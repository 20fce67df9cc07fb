package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 §1: secrets that used to reach the database, and the code that must still survive. */
class SecretLeakTest {

    private final Redactor redactor = Redactor.standard();

    private String redact(String text) {
        return redactor.redact(text, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "password=MySecretPass1                  | password=[SECRET]",
        "password: passw0rd                      | password: [SECRET]",
        "client_secret=supersecretvalue          | client_secret=[SECRET]",
        "api_key=mytokenvalue123                 | api_key=[SECRET]",
        "password=SuperSecret                    | password=[SECRET]",
        "token=secrettoken                       | token=[SECRET]",
        "password=Password_123                   | password=[SECRET]",
        "password = mypassword                   | password = [SECRET]",
        "password=Pass-word!                     | password=[SECRET]",
    })
    void redactsSecretsThatContainAKeyWord(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password=password", "password = PASSWORD", "Password = Password", "api_key=API_KEY",
        "db_password = db_password", "token = ACCESS_TOKEN", "secret: client_secret",
        "const newPassword = hash(x); user.password = newPassword;",
        "password: userPassword, // from the form\nvalidate(userPassword)",
        "pass=true", "pass: false", "\"pass\": null",
        "password_field = 3", "getPassword()", "passwordHash = 'x'", "api_key_name = 2", "token_count=5",
        "the password is required", "bypass=remote", "compass: north",
    })
    void keepsCodeIdentifiersThatMentionSecrets(String text) {
        assertThat(redact(text)).isSameAs(text);
    }

    @Test
    void redactsACamelCaseValueThatIsNotReferencedAnywhereElse() {
        assertThat(redact("password=mySecretPass")).isEqualTo("password=[SECRET]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "password=Tr0ub4dor&3                    | password=[SECRET]",
        "password=abc;def ok                     | password=[SECRET] ok",
        "secret=ab)cd)                           | secret=[SECRET])",
        "token=abcdef123&page=2                  | token=[SECRET]&page=2",
        "Server=db;Pwd=Hunter2!;Database=app     | Server=db;Pwd=[SECRET];Database=app",
        "f(password=Hunter2), g()                | f(password=[SECRET]), g()",
        "password=Hunter2; rm x                  | password=[SECRET]; rm x",
        "password=Hunter2 && make                | password=[SECRET] && make",
    })
    void redactsTheTailAfterAnInnerDelimiter(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @Test
    void redactsAValueWithPipesWhole() {
        assertThat(redact("pwd=Ab1|b|c")).isEqualTo("pwd=[SECRET]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "psql --password Hunter2 -h db            | psql --password [SECRET] -h db",
        "tool --db-password=Hunter2               | tool --db-password=[SECRET]",
        "tool --db-password 'two words'           | tool --db-password '[SECRET]'",
        "gh auth --token abc123xyz                | gh auth --token [SECRET]",
        "mysql -u root -pS3cr3t db                | mysql -u root -p[SECRET] db",
        "mysqldump -h db -p'my pw' app            | mysqldump -h db -p'[SECRET]' app",
        "passcode=4711-2                          | passcode=[SECRET]",
        "db_pass: hunter2                         | db_pass: [SECRET]",
        "{\"user\": \"bob\", \"pwd\": \"hunter2\"} | {\"user\": \"bob\", \"pwd\": \"[SECRET]\"}",
        "{\"pass\": \"hunter2\"}                  | {\"pass\": \"[SECRET]\"}",
        "contraseña: Hunter2                      | contraseña: [SECRET]",
        "Passwort = Hunter2                       | Passwort = [SECRET]",
        "Kennwort: geheim12                       | Kennwort: [SECRET]",
        "mot de passe : Hunter2                   | mot de passe : [SECRET]",
        "senha=Hunter2                            | senha=[SECRET]",
        "Authorization: Token abc123def456        | Authorization: Token [SECRET]",
        "Authorization: abc123def456ghi           | Authorization: [SECRET]",
        "{\"authorization\": \"Bot MTk4NjIy.x\"}  | {\"authorization\": \"Bot [SECRET]\"}",
        "Cookie: sessionid=abc123; csrftoken=x9   | Cookie: [SECRET]",
        "Set-Cookie: session=abc123; Path=/       | Set-Cookie: session=[SECRET]; Path=/",
        "redis://:Hunter2@cache:6379/0            | redis://:[SECRET]@cache:6379/0",
        "AccountName=acct;AccountKey=abc+/123==;EndpointSuffix=core.windows.net"
            + " | AccountName=acct;AccountKey=[SECRET];EndpointSuffix=core.windows.net",
    })
    void redactsFormsThatUsedToLeak(String text, String expected) {
        assertThat(redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "use --password when prompted", "the --token flag is optional", "psql --password $PGPASS",
        "mysql -u root -p", "mysql -P 3306 -h db", "Authorization: required", "Authorization: Bearer $TOKEN",
        "cookie: chocolate chip", "https://example.com:443/x", "--password-file /run/secrets/pw",
    })
    void keepsLookalikesOfTheNewForms(String text) {
        assertThat(redact(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "glpat-z_sxgtrfAxKr8q1TPY8Y",                               // GitLab personal access token
        "glpat-AbCdEf123456_xyzUvWq.01.1a2b3c4d5",                  // GitLab routable token
        "gldt-AbCdEf123456_xyzUvWq",                                // GitLab deploy token
        "hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh",                    // Hugging Face
        "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",                 // npm
        "pypi-AgEIcHlwaS5vcmcCJDEyMzQ1Njc4LTEyMzQtMTIzNC0xMjM0LTEyMzQ1Njc4OWFiYwACKlsz", // PyPI
        "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // DigitalOcean
        "doo_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "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", // SendGrid
        "SK0123456789abcdef0123456789abcdef",                       // Twilio API key
        "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjAA", // Anthropic
        "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789T3BlbkFJabc",     // OpenAI project key
    })
    void redactsEachTokenPrefix(String key) {
        assertThat(redact("use " + key + " now")).isEqualTo("use [SECRET] now");
        assertThat(redact("\"" + key + "\"")).isEqualTo("\"[SECRET]\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hf_hub_download(repo_id)", "npm_config_cache", "glpat-short", "SKU123", "SG.com is a site",
        "dop_v1_tooshort", "the ASK0123456789abcdef0123456789abcdef0 id",
    })
    void keepsLookalikesOfTokenPrefixes(String text) {
        assertThat(redact(text)).isSameAs(text);
    }

    @Test
    void redactsThePrivatePartOfAPuttyKeyAndKeepsThePublicPart() {
        String ppk = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key\nPublic-Lines: 2\n"
                + "AAAAC3NzaC1lZDI1NTE5AAAAIC\nAAAAAAAAAAAAAAAAAAAA\nPrivate-Lines: 1\nAAAAIFq9ZxPrivateBase64==\n"
                + "Private-MAC: 0123456789abcdef\nnext";

        assertThat(redact(ppk)).isEqualTo("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key\n"
                + "Public-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIC\nAAAAAAAAAAAAAAAAAAAA\n[SECRET]\nnext");
    }

    @Test
    void redactsAnSsh2AndAnOpensshPrivateKeyBlock() {
        String ssh2 = "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nP2/56wAAA+\n---- END SSH2 ENCRYPTED PRIVATE KEY ----";
        String openssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";

        assertThat(redact("a\n" + ssh2 + "\nb")).isEqualTo("a\n[SECRET]\nb");
        assertThat(redact("a\n" + openssh + "\nb")).isEqualTo("a\n[SECRET]\nb");
    }
}
