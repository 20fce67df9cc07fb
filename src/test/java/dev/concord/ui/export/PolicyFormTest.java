package dev.concord.ui.export;

import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Share;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The form's view-model logic, without the toolkit. */
class PolicyFormTest {
    @Test
    void showsAndRebuildsThePolicy() {
        ExportPolicy p = ExportPolicy.defaults();
        p = p.with(p.curation().withPerLabelCap(50).withShares(0.25, 0.05)).with(ExportPolicy.DpoLayout.OPENAI);
        PolicyForm form = new PolicyForm(p);
        assertThat(form.heldOutPercent.get()).isEqualTo("25");
        assertThat(form.automaticEvalPercent.get()).isEqualTo("5");
        assertThat(form.labelAgreement.get()).isEqualTo("2/3");
        assertThat(form.policy()).isEqualTo(p);
    }

    @Test
    void evalLayoutCheckBoxesShowAndChooseTheLayouts() {
        ExportPolicy p = ExportPolicy.defaults().withEvalLayouts(java.util.Set.of(ExportPolicy.EvalLayout.INSPECT));
        PolicyForm form = new PolicyForm(p);
        assertThat(form.evalLayouts.get(ExportPolicy.EvalLayout.INSPECT).get()).isTrue();
        assertThat(form.evalLayouts.get(ExportPolicy.EvalLayout.PROMPTFOO).get()).isFalse();
        assertThat(form.policy()).isEqualTo(p);
        form.evalLayouts.get(ExportPolicy.EvalLayout.PROMPTFOO).set(true);
        form.evalLayouts.get(ExportPolicy.EvalLayout.INSPECT).set(false);
        assertThat(form.policy().evalLayouts()).containsExactly(ExportPolicy.EvalLayout.CONCORD,
                ExportPolicy.EvalLayout.PROMPTFOO);
        assertThat(form.all()).contains(form.evalLayouts.get(ExportPolicy.EvalLayout.OPENAI_EVALS));
    }

    @Test
    void editsBecomeThePolicyAndBadValuesNameTheField() {
        PolicyForm form = new PolicyForm(ExportPolicy.defaults());
        form.minReviews.set("3");
        form.labelAgreement.set("all");
        form.perLabelCap.set(" ");
        form.includeAutomatic.set(false);
        ExportPolicy p = form.policy();
        assertThat(p.consensus().minReviews()).isEqualTo(3);
        assertThat(p.consensus().labelAgreement()).isEqualTo(Share.ALL);
        assertThat(p.curation().perLabelCap()).isNull();
        assertThat(p.curation().includeAutomatic()).isFalse();
        form.maxAnswerChars.set("lots");
        assertThatThrownBy(form::policy).hasMessage("Maximum answer length: 'lots' is not a whole number");
        form.maxAnswerChars.set("100");
        form.labelAgreement.set("1/2");
        assertThatThrownBy(form::policy).hasMessageStartingWith("Labels must agree: a share must lie in (1/2, 1]");
        form.labelAgreement.set("2/3");
        form.heldOutPercent.set("150");
        assertThatThrownBy(form::policy).hasMessage("Held out for eval (%): must be between 0 and 100");
    }

    @Test
    void eachErrorIsAboutTheFieldThatCausedItAndNoOther() {
        String[][] cases = {{"minReviews", "0"}, {"minReviews", "x"}, {"labelAgreement", "1/3"},
                {"labelAgreement", "most"}, {"correctionSimilarity", "2"}, {"maxAnswerChars", "0"},
                {"maxPromptChars", "0"}, {"perLabelCap", "0"}, {"halfLifeDays", "-1"}, {"heldOutPercent", "101"},
                {"automaticEvalPercent", "x"}};
        for (String[] c : cases) {
            PolicyForm form = new PolicyForm(ExportPolicy.defaults());
            java.util.Map<String, javafx.beans.property.StringProperty> byName = java.util.Map.ofEntries(
                    java.util.Map.entry("minReviews", form.minReviews), java.util.Map.entry("labelAgreement", form.labelAgreement),
                    java.util.Map.entry("correctionSimilarity", form.correctionSimilarity),
                    java.util.Map.entry("minAnswerChars", form.minAnswerChars),
                    java.util.Map.entry("maxAnswerChars", form.maxAnswerChars),
                    java.util.Map.entry("maxPromptChars", form.maxPromptChars), java.util.Map.entry("perLabelCap", form.perLabelCap),
                    java.util.Map.entry("halfLifeDays", form.halfLifeDays), java.util.Map.entry("heldOutPercent", form.heldOutPercent),
                    java.util.Map.entry("automaticEvalPercent", form.automaticEvalPercent));
            byName.get(c[0]).set(c[1]);
            String error = org.assertj.core.api.Assertions.catchThrowable(form::policy).getMessage();
            byName.forEach((name, field) -> assertThat(form.isAbout(error, field))
                    .as(c[0] + "=" + c[1] + " (" + error + ") is about " + name).isEqualTo(name.equals(c[0])));
        }
    }
}
