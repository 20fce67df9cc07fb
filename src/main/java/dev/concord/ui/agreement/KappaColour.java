package dev.concord.ui.agreement;

import javafx.scene.paint.Color;

/**
 * The heatmap's colour scale for kappa: dark red below zero, through pale red (0), pale yellow (0.4) and pale
 * green (0.7), to dark green at 1; grey when undefined. Text on a cell is white where the fill is dark.
 */
final class KappaColour {
    static final Color UNDEFINED = Color.web("#e4e7eb");
    private static final double[] STOPS = {-1.0, 0.0, 0.4, 0.7, 1.0};
    private static final Color[] COLOURS = {Color.web("#9b1c13"), Color.web("#f8d7d3"), Color.web("#fbefc4"),
            Color.web("#b9e2c9"), Color.web("#1e7b4f")};

    private KappaColour() {
    }

    /** The fill for a kappa value (clamped to [-1, 1]); grey for null. */
    static Color fill(Double kappa) {
        if (kappa == null || kappa.isNaN()) {
            return UNDEFINED;
        }
        double k = Math.max(-1, Math.min(1, kappa));
        for (int s = 1; s < STOPS.length; s++) {
            if (k <= STOPS[s]) {
                double t = (k - STOPS[s - 1]) / (STOPS[s] - STOPS[s - 1]);
                return COLOURS[s - 1].interpolate(COLOURS[s], t);
            }
        }
        return COLOURS[COLOURS.length - 1];
    }

    /** Black or white, whichever reads better on {@code fill}. */
    static Color text(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance < 0.55 ? Color.WHITE : Color.web("#1f2933");
    }
}
