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
