package dev.concord.service;

import dev.concord.agreement.LabelScale;
import dev.concord.review.LabelSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the label scale of an analysis of stored reviews: the caller's, else the project's (settings), else
 * the review workbench's default label set, which is what reviewers labelled with when nobody changed it. The project's label set is applied leniently: labels given but not declared are appended (and warned
 * about), which also turns an ordered scale nominal, since unknown labels have no place in the order.
 */
final class LabelSetResolver {
    private LabelSetResolver() {
    }

    /** A chosen scale (null: none) and where it came from. */
    record Resolved(LabelScale scale, String source) {
        LabelSetInfo info(List<String> tableLabels) {
            return new LabelSetInfo(source, scale == null ? LabelScale.Kind.NOMINAL : scale.kind(), tableLabels);
        }
    }

    static Resolved resolve(LabelScale requested, Optional<String> settingJson, Collection<String> used,
                            List<String> warnings) {
        if (requested != null) {
            return new Resolved(requested, "request");
        }
        LabelScale declared;
        String source = "settings";
        if (settingJson.isEmpty() || settingJson.get().isBlank()) {
            declared = LabelScale.nominal(LabelSet.defaults().ids());
            source = "defaults";
        } else {
            try {
                declared = LabelSetReader.parse(settingJson.get());
            } catch (IllegalArgumentException e) {
                warnings.add("the project label set (settings '" + LabelSetReader.SETTINGS_KEY
                        + "') cannot be read (" + e.getMessage() + "): labels are treated as nominal");
                return new Resolved(null, "data");
            }
        }
        Set<String> extra = new LinkedHashSet<>(used);
        extra.removeAll(declared.labels());
        if (extra.isEmpty()) {
            return new Resolved(declared, source);
        }
        List<String> all = new ArrayList<>(declared.labels());
        all.addAll(extra);
        warnings.add("labels not in the project label set: " + String.join(", ", extra)
                + (declared.isOrdered() ? "; they have no place in its order, so the labels are treated as"
                + " nominal and weighted kappa and ordinal alpha are not computed" : ""));
        return new Resolved(LabelScale.nominal(all), source);
    }
}
