package dev.concord.ui.agreement;

import dev.concord.agreement.PairKappa;
import dev.concord.service.AgreementAnalysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa of every pair of reviewers as a symmetric matrix, for the heatmap.
 *
 * @param reviewers reviewer ids, in report order
 * @param names their display names
 * @param pairs the pair at {@code [i][j]} (null on the diagonal)
 */
public record PairMatrix(List<String> reviewers, List<String> names, PairKappa[][] pairs) {

    /** The matrix of an analysis. */
    public static PairMatrix of(AgreementAnalysis analysis) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = analysis.report().perReviewer().stream().map(r -> r.reviewer()).toList();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        PairKappa[][] pairs = new PairKappa[ids.size()][ids.size()];
        for (PairKappa p : analysis.report().cohenKappa()) {
            int a = index.get(p.a());
            int b = index.get(p.b());
            pairs[a][b] = p;
            pairs[b][a] = p;
        }
        return new PairMatrix(ids, ids.stream().map(analysis::nameOf).toList(), pairs);
    }

    /** Number of reviewers. */
    public int size() {
        return reviewers.size();
    }

    /** The pair at row {@code i}, column {@code j}; null on the diagonal. */
    public PairKappa pair(int i, int j) {
        return pairs[i][j];
    }
}
