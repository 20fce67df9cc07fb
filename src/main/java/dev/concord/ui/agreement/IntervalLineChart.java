package dev.concord.ui.agreement;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;

/** A line chart over categories (weeks) whose points carry a {@link Figure}, drawn with its interval. */
final class IntervalLineChart extends LineChart<String, Number> {
    private final IntervalMarks marks;

    IntervalLineChart(String yLabel, double lower) {
        super(new CategoryAxis(), FigureCharts.axis(yLabel, lower));
        marks = new IntervalMarks(getPlotChildren(), false);
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(true);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        marks.layout(this);
    }
}
