package dev.concord.ui.agreement;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;

/** A bar chart whose bars carry a {@link Figure}: drawn with its interval as an error bar and its value. */
final class IntervalBarChart extends BarChart<String, Number> {
    private static final double LABEL_SIZE = 12;
    private static final double SMALLEST_LABEL = 9;
    private final IntervalMarks marks;

    IntervalBarChart(String yLabel, double lower) {
        super(new CategoryAxis(), FigureCharts.axis(yLabel, lower));
        marks = new IntervalMarks(getPlotChildren(), true);
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(18);
        setBarGap(3);
        widthProperty().addListener((obs, old, now) -> fitCategoryLabels());
        getData().addListener((javafx.collections.ListChangeListener<Series<String, Number>>) change -> fitCategoryLabels());
    }

    /**
     * Category names that do not fit side by side get a smaller font (down to {@value #SMALLEST_LABEL} px), so a narrow
     * window keeps them level and readable instead of JavaFX turning them upright, where the card cuts them off.
     */
    private void fitCategoryLabels() {
        CategoryAxis axis = (CategoryAxis) getXAxis();
        java.util.List<String> categories = getData().stream().flatMap(series -> series.getData().stream())
                .map(Data::getXValue).distinct().toList();
        int n = Math.max(1, categories.size());
        javafx.scene.text.Font base = javafx.scene.text.Font.font(LABEL_SIZE);
        double longest = categories.stream().mapToDouble(c -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(c);
            t.setFont(base);
            return t.getLayoutBounds().getWidth();
        }).max().orElse(0);
        double room = (getWidth() - 70) / n - 10;
        double size = longest <= room || longest == 0 ? LABEL_SIZE : Math.max(SMALLEST_LABEL, LABEL_SIZE * room / longest);
        axis.setTickLabelFont(javafx.scene.text.Font.font(Math.floor(size)));
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
