package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementJsonTest {

    private static AgreementReport report(LabelScale scale) {
        int[][] m = RandomRatings.matrix(5, 40, 3, 3, 0.1, 0.7);
        return new AgreementCalculator().compute(RandomRatings.table(m, scale),
                AgreementOptions.defaults().withBootstrapResamples(100));
    }

    @Test
    void exposesTheDocumentedKeysInAStableOrder() {
        Map<String, Object> map = AgreementJson.toMap(report(null));

        assertThat(map.keySet()).startsWith("items", "reviewers").contains("percent_agreement",
                "fleiss_kappa", "krippendorff_alpha", "gwet_ac1", "cohen_kappa", "per_label", "ci",
                "warnings", "per_reviewer", "per_item", "bands");
        assertThat(map.get("items")).isEqualTo(40);
        assertThat(map.get("reviewers")).isEqualTo(3);
        assertThat(map.get("ordinal")).isNull();
    }

    @Test
    void serializesPairsLabelsAndIntervalsAsScriptsExpect() throws Exception {
        AgreementReport r = report(LabelScale.ordinal(List.of("1", "2", "3")));
        JsonNode json = new ObjectMapper().readTree(
                new ObjectMapper().writeValueAsString(AgreementJson.toMap(r)));

        JsonNode pair = json.get("cohen_kappa").get(0);
        assertThat(pair.get("a").asText()).isEqualTo("r0");
        assertThat(pair.get("b").asText()).isEqualTo("r1");
        assertThat(pair.get("kappa").asDouble()).isEqualTo(r.cohenKappa().get(0).kappa());
        assertThat(pair.get("n").asInt()).isEqualTo(r.cohenKappa().get(0).n());
        assertThat(json.get("per_label").get("2").asDouble())
                .isEqualTo(r.perLabel().get("2").kappa());
        JsonNode ci = json.get("ci").get("fleiss_kappa");
        assertThat(ci.isArray()).isTrue();
        assertThat(ci.get(0).asDouble()).isEqualTo(r.ci().get("fleiss_kappa").low());
        assertThat(ci.get(1).asDouble()).isEqualTo(r.ci().get("fleiss_kappa").high());
        assertThat(json.get("ci").has("krippendorff_alpha_ordinal")).isTrue();
        assertThat(json.get("ci").has("krippendorff_alpha_interval")).isFalse();
        assertThat(json.get("ordinal").get("weighted_kappa").size()).isEqualTo(3);
        assertThat(json.get("bands").get("fleiss_kappa").asText())
                .isEqualTo(InterpretationBand.of(r.fleissKappa()).label());
        assertThat(json.get("warnings").isArray()).isTrue();
    }

    @Test
    void bandsFollowLandisAndKoch() {
        assertThat(InterpretationBand.of(-0.01)).isEqualTo(InterpretationBand.POOR);
        assertThat(InterpretationBand.of(0.0)).isEqualTo(InterpretationBand.SLIGHT);
        assertThat(InterpretationBand.of(0.20)).isEqualTo(InterpretationBand.SLIGHT);
        assertThat(InterpretationBand.of(0.21)).isEqualTo(InterpretationBand.FAIR);
        assertThat(InterpretationBand.of(0.60)).isEqualTo(InterpretationBand.MODERATE);
        assertThat(InterpretationBand.of(0.61)).isEqualTo(InterpretationBand.SUBSTANTIAL);
        assertThat(InterpretationBand.of(0.81)).isEqualTo(InterpretationBand.ALMOST_PERFECT);
        assertThat(InterpretationBand.of(1.0).label()).isEqualTo("almost perfect");
        assertThat(InterpretationBand.of(null)).isNull();
        assertThat(InterpretationBand.of(Double.NaN)).isNull();
    }
}
