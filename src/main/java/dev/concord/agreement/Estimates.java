package dev.concord.agreement;

/**
 * Every figure the calculator derives from one weighting of the patterns; {@code NaN} marks a
 * figure that is undefined on that weighting. Package-private scratch type.
 */
final class Estimates {

    /** Names of the headline figures, in {@link #headline()} order; also the JSON/CI keys. */
    static final String[] HEADLINE = {
        "percent_agreement", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1", "mean_cohen_kappa",
        "krippendorff_alpha_ordinal", "krippendorff_alpha_interval"
    };

    double ratedItems;
    double pairableItems;
    double pairableValues;
    double percentAgreement = Double.NaN;
    double fleissKappa = Double.NaN;
    double fleissChance = Double.NaN;
    double gwetAc1 = Double.NaN;
    double gwetChance = Double.NaN;
    double alphaNominal = Double.NaN;
    double alphaOrdinal = Double.NaN;
    double alphaInterval = Double.NaN;
    double meanCohenKappa = Double.NaN;

    double[] labelRatings;
    double[] labelKappa;
    double[] labelSpecific;

    double[] pairN;
    double[] pairObserved;
    double[] pairExpected;
    double[] pairKappa;
    double[] pairLinear;
    double[] pairQuadratic;

    double[] headline() {
        return new double[] {
            percentAgreement, fleissKappa, alphaNominal, gwetAc1, meanCohenKappa, alphaOrdinal,
            alphaInterval
        };
    }

    /** The figures that get a bootstrap interval, flattened: headline, pairs, weighted, labels. */
    double[] bootstrapVector() {
        double[] head = headline();
        int p = pairKappa.length;
        double[] v = new double[head.length + 3 * p + labelKappa.length];
        System.arraycopy(head, 0, v, 0, head.length);
        System.arraycopy(pairKappa, 0, v, head.length, p);
        System.arraycopy(pairLinear, 0, v, head.length + p, p);
        System.arraycopy(pairQuadratic, 0, v, head.length + 2 * p, p);
        System.arraycopy(labelKappa, 0, v, head.length + 3 * p, labelKappa.length);
        return v;
    }
}
