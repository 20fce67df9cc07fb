package dev.concord.ui.agreement;

import javafx.scene.Cursor;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Puts {@link Figure}s into JavaFX charts: axes, series, tooltips and click handlers. */
final class FigureCharts {
    private FigureCharts() {
    }

    /** A value axis from {@code lower} to 1 with ticks every 0.2. */
    static NumberAxis axis(String label, double lower) {
        NumberAxis axis = new NumberAxis(label, lower, 1.0, 0.2);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        return axis;
    }

    /** The lowest axis bound that shows every value and interval: 0, or a multiple of 0.2 below it (>= -1). */
    static double lowerBound(List<List<Figure>> groups) {
        double min = 0;
        for (List<Figure> figures : groups) {
            for (Figure f : figures) {
                if (f.value() != null) {
                    min = Math.min(min, f.value());
                }
                if (f.ci() != null) {
                    min = Math.min(min, f.ci().low());
                }
            }
        }
        return Math.max(-1, Math.floor(min / 0.2 + 1e-9) * 0.2);
    }

    /** A series with one point per figure (undefined figures at 0), each carrying its figure. */
    static XYChart.Series<String, Number> series(String name, List<Figure> figures) {
        return series(name, figures, false);
    }

    /**
     * A series with one point per figure, each carrying its figure; undefined figures are left out
     * ({@code skipUndefined}, for lines) or put at 0 (for bars, whose value label then reads "undefined").
     */
    static XYChart.Series<String, Number> series(String name, List<Figure> figures, boolean skipUndefined) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        Set<String> seen = new HashSet<>();
        for (Figure f : figures) {
            String category = category(f, seen);
            if (skipUndefined && f.value() == null) {
                continue;
            }
            XYChart.Data<String, Number> data = new XYChart.Data<>(category, f.value() == null ? 0 : f.value());
            data.setExtraValue(f);
            series.getData().add(data);
        }
        return series;
    }

    /** The categories of a list of figures, as {@link #series} names them. */
    static List<String> categories(List<Figure> figures) {
        Set<String> seen = new HashSet<>();
        return figures.stream().map(f -> category(f, seen)).toList();
    }

    private static String category(Figure f, Set<String> seen) {
        return seen.add(f.title()) ? f.title() : f.title() + " (" + f.key() + ")";
    }

    /** Sets a chart's series, sizes its axis to the data, and makes every point show a tooltip and click. */
    @SafeVarargs
    static void show(XYChart<String, Number> chart, Consumer<Figure> onClick, XYChart.Series<String, Number>... all) {
        List<List<Figure>> groups = java.util.Arrays.stream(all).map(s -> s.getData().stream()
                .map(d -> (Figure) d.getExtraValue()).toList()).toList();
        ((NumberAxis) chart.getYAxis()).setLowerBound(lowerBound(groups));
        chart.getData().setAll(all);
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> data : series.getData()) {
                Figure f = (Figure) data.getExtraValue();
                if (data.getNode() != null) {
                    Tooltip.install(data.getNode(), new Tooltip(f.describe() + "\nClick to list the items."));
                    data.getNode().setCursor(Cursor.HAND);
                    data.getNode().setOnMouseClicked(e -> onClick.accept(f));
                    data.getNode().getProperties().put(Figure.class, f);
                }
            }
        }
    }
}
