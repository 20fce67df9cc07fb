package dev.concord.ui.agreement;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;

/** A bar chart whose bars carry a {@link Figure}: drawn with its interval as an error bar and its value. */
final class IntervalBarChart extends BarChart<String, Number> {
    private final IntervalMarks marks;

    IntervalBarChart(String yLabel, double lower) {
        super(new CategoryAxis(), FigureCharts.axis(yLabel, lower));
        marks = new IntervalMarks(getPlotChildren(), true);
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(18);
        setBarGap(3);
        widthProperty().addListener((obs, old, now) -> slantLabelsWhenCrowded());
        ((CategoryAxis) getXAxis()).getCategories().addListener(
                (javafx.collections.ListChangeListener<String>) change -> slantLabelsWhenCrowded());
    }

    /**
     * Category names that do not fit side by side are slanted (JavaFX would otherwise turn them upright, where a
     * narrow window cuts them off); names that fit stay level.
     */
    private void slantLabelsWhenCrowded() {
        CategoryAxis axis = (CategoryAxis) getXAxis();
        int n = Math.max(1, axis.getCategories().size());
        double longest = axis.getCategories().stream().mapToDouble(c -> new javafx.scene.text.Text(c).getLayoutBounds()
                .getWidth()).max().orElse(0);
        axis.setTickLabelRotation(longest + 12 > (getWidth() - 60) / n ? -25 : 0);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        marks.layout(this);
    }

    NumberAxis valueAxis() {
        return (NumberAxis) getYAxis();
    }
}
