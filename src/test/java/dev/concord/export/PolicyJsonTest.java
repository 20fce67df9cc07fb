package dev.concord.export;

import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyJsonTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsThroughAFile() throws Exception {
        ExportPolicy p = ExportPolicy.defaults();
        p = p.with(p.consensus().withMinReviews(3).withLabelAgreement(Share.parse("3/4")))
                .with(p.curation().withPerLabelCap(500).withShares(0.2, 0.05).withIncludeAutomatic(false))
                .with(ExportPolicy.DpoLayout.OPENAI);
        Path f = dir.resolve("policy.json");
        PolicyJson.write(p, f);
        assertThat(PolicyJson.read(f)).isEqualTo(p);
        assertThat(Files.readString(f)).contains("\"label_agreement\" : \"3/4\"", "\"dpo_layout\" : \"openai\"");
    }

    @Test
    void missingKeysKeepTheirDefaults() {
        ExportPolicy p = PolicyJson.parse("p.json", "{\"curation\": {\"held_out_share\": 0.2}}");
        assertThat(p.curation().heldOutShare()).isEqualTo(0.2);
        assertThat(p.consensus()).isEqualTo(ExportPolicy.defaults().consensus());
        assertThat(PolicyJson.parse("p.json", "{}")).isEqualTo(ExportPolicy.defaults());
        assertThat(PolicyJson.parse("p.json", "{\"consensus\":{\"label_agreement\": 1}}").consensus().labelAgreement())
                .isEqualTo(Share.ALL);
    }

    @Test
    void errorsNameFileLineAndKey() {
        assertThatThrownBy(() -> PolicyJson.parse("p.json", "{\n\"curation\": {\n  \"held_out\": 0.2\n}}"))
                .hasMessageStartingWith("p.json:3: unknown key 'curation.held_out'");
        assertThatThrownBy(() -> PolicyJson.parse("p.json", "{\"consensus\": {\n\"min_reviews\": \"two\"}}"))
                .hasMessage("p.json:2: consensus.min_reviews: must be a whole number, got \"two\"");
        assertThatThrownBy(() -> PolicyJson.parse("p.json", "{\"curation\": {\n\n\"held_out_share\": 1.5}}"))
                .hasMessageStartingWith("p.json:3: curation: held_out_share must lie in [0, 1]");
        assertThatThrownBy(() -> PolicyJson.parse("p.json", "{\"consensus\": {\"label_agreement\": \"1/3\"}}"))
                .hasMessageContaining("p.json:1: consensus.label_agreement: a share must lie in (1/2, 1]");
        assertThatThrownBy(() -> PolicyJson.parse("p.json", "{\"output\": {\"dpo_layout\": \"csv\"}}"))
                .hasMessageContaining("unknown dpo layout 'csv'");
        assertThatThrownBy(() -> PolicyJson.parse("p.json", "{\"consensus\": [1]}"))
                .hasMessageContaining("p.json:1: consensus must be an object");
        assertThatThrownBy(() -> PolicyJson.parse("p.json", "{\n\"consensus\": {,}}"))
                .isInstanceOf(ExportException.class).hasMessageStartingWith("p.json:2: malformed JSON");
    }
}
