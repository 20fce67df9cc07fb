package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PublishedExamplesTest {

    private static final AgreementOptions NO_BOOTSTRAP =
            AgreementOptions.defaults().withBootstrapResamples(0);

    /** Figures of the report by the names the reference files use. */
    private static final Map<String, Function<AgreementReport, Double>> FIGURES = Map.ofEntries(
            Map.entry("cohen_kappa", r -> onlyPair(r).kappa()),
            Map.entry("cohen_pe", r -> onlyPair(r).expectedAgreement()),
            Map.entry("percent_agreement", AgreementReport::percentAgreement),
            Map.entry("mean_observed_agreement_Pbar", AgreementReport::percentAgreement),
            Map.entry("scott_pi", AgreementReport::fleissKappa),
            Map.entry("scott_pi_pe", AgreementReport::fleissChanceAgreement),
            Map.entry("fleiss_kappa", AgreementReport::fleissKappa),
            Map.entry("chance_agreement_Pe", AgreementReport::fleissChanceAgreement),
            Map.entry("krippendorff_alpha_nominal", AgreementReport::krippendorffAlpha),
            Map.entry("krippendorff_alpha_interval",
                    r -> r.ordinal().krippendorffAlphaInterval()),
            Map.entry("weighted_kappa_linear", r -> onlyWeighted(r).linear()),
            Map.entry("weighted_kappa_quadratic", r -> onlyWeighted(r).quadratic()));

    /** Values in the files that this API does not expose (custom distances, Bennett's S). */
    private static final Set<String> NOT_EXPOSED = Set.of("bennett_S",
            "weighted_kappa_custom (d=0 equal, 0.5 if either is Chck, else 1)",
            "krippendorff_alpha_custom_same_distance",
            "weighted_kappa_custom observed/expected disagreement", "nltk_S");

    /** Recomputed values by other tools, and the figure they correspond to. */
    private static final Map<String, String> RECOMPUTED = Map.ofEntries(
            Map.entry("sklearn_cohen_kappa_score", "cohen_kappa"),
            Map.entry("nltk_kappa", "cohen_kappa"),
            Map.entry("R_irr_kappa2", "cohen_kappa"),
            Map.entry("nltk_pi", "scott_pi"),
            Map.entry("nltk_alpha_nominal", "krippendorff_alpha_nominal"),
            Map.entry("nltk_alpha", "krippendorff_alpha_nominal"),
            Map.entry("nltk_avg_Ao", "percent_agreement"),
            Map.entry("statsmodels_fleiss_kappa", "fleiss_kappa"),
            Map.entry("R_irr_kappam_fleiss", "fleiss_kappa"),
            Map.entry("R_irr_kripp_alpha.nom", "krippendorff_alpha_nominal"),
            Map.entry("R_irr_kripp_alpha.int", "krippendorff_alpha_interval"),
            Map.entry("nltk_alpha_interval", "krippendorff_alpha_interval"),
            Map.entry("sklearn_none", "cohen_kappa"),
            Map.entry("sklearn_linear", "weighted_kappa_linear"),
            Map.entry("sklearn_quadratic", "weighted_kappa_quadratic"),
            Map.entry("R_irr.none", "cohen_kappa"),
            Map.entry("R_irr.equal", "weighted_kappa_linear"),
            Map.entry("R_irr.squared", "weighted_kappa_quadratic"));

    private static PairKappa onlyPair(AgreementReport r) {
        assertThat(r.cohenKappa()).hasSize(1);
        return r.cohenKappa().get(0);
    }

    private static WeightedPairKappa onlyWeighted(AgreementReport r) {
        assertThat(r.ordinal().weightedKappa()).hasSize(1);
        return r.ordinal().weightedKappa().get(0);
    }

    static Stream<String> files() {
        return ReferenceExample.FILES.stream();
    }

    static Stream<Arguments> expectedOther() {
        List<Arguments> cases = new ArrayList<>();
        for (String file : ReferenceExample.FILES) {
            ReferenceExample example = ReferenceExample.load(file);
            Iterator<Map.Entry<String, JsonNode>> it = example.json().path("expected_other").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!NOT_EXPOSED.contains(entry.getKey()) && entry.getValue().isNumber()) {
                    cases.add(Arguments.of(file, entry.getKey(), entry.getValue().asDouble()));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> recomputed() {
        List<Arguments> cases = new ArrayList<>();
        for (String file : ReferenceExample.FILES) {
            ReferenceExample example = ReferenceExample.load(file);
            Iterator<Map.Entry<String, JsonNode>> it = example.json().path("recomputed").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (NOT_EXPOSED.contains(entry.getKey())) {
                    continue;
                }
                if (entry.getValue().isObject()) {
                    entry.getValue().fields().forEachRemaining(inner -> cases.add(Arguments.of(
                            file, entry.getKey() + "." + inner.getKey(), inner.getValue().asDouble())));
                } else {
                    cases.add(Arguments.of(file, entry.getKey(), entry.getValue().asDouble()));
                }
            }
        }
        return cases.stream();
    }

    @org.junit.jupiter.api.Test
    void reproducesWikipediasPerItemAgreementForFleiss() {
        ReferenceExample example = ReferenceExample.load("fleiss_wikipedia_10x14.json");
        JsonNode expected = example.json().get("expected_other").get("per_item_P_i");
        List<ItemAgreement> items = report(example).perItem();
        assertThat(items).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(items.get(i).pairwiseAgreement())
                    .isCloseTo(expected.get(i).asDouble(), within(0.0005));
        }
    }

    private static AgreementReport report(ReferenceExample example) {
        return new AgreementCalculator().compute(example.table(), NO_BOOTSTRAP);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reproducesThePublishedHeadlineValue(String file) {
        ReferenceExample example = ReferenceExample.load(file);
        Double actual = FIGURES.get(example.metric()).apply(report(example));
        assertThat(actual).isCloseTo(example.expected(), within(example.tolerance()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("expectedOther")
    void reproducesTheOtherPublishedValues(String file, String key, double expected) {
        ReferenceExample example = ReferenceExample.load(file);
        assertThat(FIGURES).as("figure %s is mapped", key).containsKey(key);
        if (key.equals("cohen_kappa")) {
            assertThat(example.anonymousRaters()).isFalse();
        }
        double tolerance = Math.max(example.tolerance(), 0.0005);
        assertThat(FIGURES.get(key).apply(report(example))).isCloseTo(expected, within(tolerance));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("recomputed")
    void matchesOtherImplementationsToPrintedPrecision(String file, String key, double expected) {
        ReferenceExample example = ReferenceExample.load(file);
        assertThat(RECOMPUTED.keySet()).as("tool value %s is mapped", key).contains(key);
        Double actual = FIGURES.get(RECOMPUTED.get(key)).apply(report(example));
        assertThat(actual).isCloseTo(expected, within(1e-9));
    }
}
