package dev.concord.ui.export;

import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.CurationPolicy;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Share;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;

/**
 * The editable export policy: one property per setting, as text where the user types numbers, so a half-typed
 * value is an error message rather than an exception. {@link #policy()} builds the checked policy.
 */
public final class PolicyForm {
    final StringProperty minReviews = new SimpleStringProperty();
    final StringProperty labelAgreement = new SimpleStringProperty();
    final BooleanProperty correctionsMustAgree = new SimpleBooleanProperty();
    final StringProperty correctionSimilarity = new SimpleStringProperty();
    final StringProperty minAnswerChars = new SimpleStringProperty();
    final StringProperty maxAnswerChars = new SimpleStringProperty();
    final StringProperty maxPromptChars = new SimpleStringProperty();
    final StringProperty perLabelCap = new SimpleStringProperty();
    final StringProperty halfLifeDays = new SimpleStringProperty();
    final StringProperty heldOutPercent = new SimpleStringProperty();
    final StringProperty automaticEvalPercent = new SimpleStringProperty();
    final BooleanProperty includeAutomatic = new SimpleBooleanProperty();
    final ObjectProperty<ExportPolicy.DpoLayout> dpoLayout = new SimpleObjectProperty<>();
    /** One check box per eval layout beside Concord's own (which is always written). */
    final java.util.Map<ExportPolicy.EvalLayout, BooleanProperty> evalLayouts = new java.util.EnumMap<>(Map.of(
            ExportPolicy.EvalLayout.PROMPTFOO, new SimpleBooleanProperty(),
            ExportPolicy.EvalLayout.INSPECT, new SimpleBooleanProperty(),
            ExportPolicy.EvalLayout.OPENAI_EVALS, new SimpleBooleanProperty()));
    private ExportPolicy base = ExportPolicy.defaults();

    public PolicyForm(ExportPolicy policy) {
        load(policy);
    }

    /** Shows a policy in the form. */
    public void load(ExportPolicy p) {
        base = p;
        ConsensusPolicy c = p.consensus();
        CurationPolicy k = p.curation();
        minReviews.set(Integer.toString(c.minReviews()));
        labelAgreement.set(c.labelAgreement().toString());
        correctionsMustAgree.set(c.correctionsMustAgree());
        correctionSimilarity.set(number(c.correctionThreshold()));
        minAnswerChars.set(Integer.toString(k.minAnswerChars()));
        maxAnswerChars.set(Integer.toString(k.maxAnswerChars()));
        maxPromptChars.set(Integer.toString(k.maxPromptChars()));
        perLabelCap.set(k.perLabelCap() == null ? "" : k.perLabelCap().toString());
        halfLifeDays.set(number(k.halfLifeDays()));
        heldOutPercent.set(number(k.heldOutShare() * 100));
        automaticEvalPercent.set(number(k.automaticEvalShare() * 100));
        includeAutomatic.set(k.includeAutomatic());
        dpoLayout.set(p.dpoLayout());
        evalLayouts.forEach((layout, on) -> on.set(p.evalLayouts().contains(layout)));
    }

    /**
     * The policy the form describes.
     *
     * @throws IllegalArgumentException naming the field when a value is missing or out of range
     */
    public ExportPolicy policy() {
        ConsensusPolicy c = new ConsensusPolicy(integer("Minimum reviews", minReviews), share(),
                correctionsMustAgree.get(), decimal("Correction similarity", correctionSimilarity),
                base.consensus().acceptedLabel(), base.consensus().expertLabel());
        String cap = perLabelCap.get() == null ? "" : perLabelCap.get().trim();
        CurationPolicy k = new CurationPolicy(integer("Minimum answer length", minAnswerChars),
                integer("Maximum answer length", maxAnswerChars), integer("Maximum prompt length", maxPromptChars),
                cap.isEmpty() ? null : integer("Cap per label", perLabelCap), decimal("Half-life", halfLifeDays),
                percent("Held out for eval (%)", heldOutPercent), percent("Automatic to eval (%)", automaticEvalPercent),
                includeAutomatic.get());
        java.util.Set<ExportPolicy.EvalLayout> layouts = java.util.EnumSet.noneOf(ExportPolicy.EvalLayout.class);
        evalLayouts.forEach((layout, on) -> {
            if (on.get()) {
                layouts.add(layout);
            }
        });
        return new ExportPolicy(c, k, dpoLayout.get(), layouts);
    }

    /**
     * Whether an error of {@link #policy()} is about this field: by the field's name in the message, or by the
     * policy setting the field feeds ({@code max_prompt_chars}, ...).
     */
    public boolean isAbout(String error, StringProperty field) {
        String e = error == null ? "" : error.toLowerCase(java.util.Locale.ROOT);
        return names().getOrDefault(field, List.of()).stream().anyMatch(e::contains);
    }

    private Map<StringProperty, List<String>> names() {
        return Map.of(minReviews, List.of("minimum reviews", "min_reviews"),
                labelAgreement, List.of("labels must agree", "share must", "is not a share", "fraction such as"),
                correctionSimilarity, List.of("correction similarity", "correction_similarity"),
                minAnswerChars, List.of("minimum answer length"),
                maxAnswerChars, List.of("maximum answer length", "<= max_answer_chars"),
                maxPromptChars, List.of("maximum prompt length", "max_prompt_chars"),
                perLabelCap, List.of("cap per label", "per_label_cap"),
                halfLifeDays, List.of("half-life", "recency_half_life_days"),
                heldOutPercent, List.of("held out for eval", "held_out_share"),
                automaticEvalPercent, List.of("automatic to eval", "automatic_eval_share"));
    }

    /** Every property, for listeners that react to any edit. */
    public List<Observable> all() {
        List<Observable> all = new java.util.ArrayList<>(List.of(minReviews, labelAgreement, correctionsMustAgree,
                correctionSimilarity, minAnswerChars, maxAnswerChars, maxPromptChars, perLabelCap, halfLifeDays,
                heldOutPercent, automaticEvalPercent, includeAutomatic, dpoLayout));
        all.addAll(evalLayouts.values());
        return all;
    }

    private Share share() {
        try {
            return Share.parse(text(labelAgreement));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Labels must agree: " + e.getMessage(), e);
        }
    }

    private static int integer(String field, StringProperty p) {
        try {
            return Integer.parseInt(text(p));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text(p) + "' is not a whole number", e);
        }
    }

    private static double decimal(String field, StringProperty p) {
        try {
            return Double.parseDouble(text(p));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text(p) + "' is not a number", e);
        }
    }

    private static double percent(String field, StringProperty p) {
        double v = decimal(field, p);
        if (!(v >= 0 && v <= 100)) {
            throw new IllegalArgumentException(field + ": must be between 0 and 100");
        }
        return v / 100;
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(Math.round(v * 1e6) / 1e6);
    }
}
