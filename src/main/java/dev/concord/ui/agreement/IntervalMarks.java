package dev.concord.ui.agreement;

import dev.concord.agreement.Interval;
import dev.concord.ui.common.Styles;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws, on a category chart, each data point's bootstrap interval as an error bar (a vertical line with caps)
 * and its value as text beside the top of the bar (inside the plot, never clipped). A point's {@code extraValue} is its {@link Figure}; points without one get
 * nothing. Undefined figures are plotted at 0 and labelled "undefined".
 */
final class IntervalMarks {
    private static final double CAP = 5;
    private static final double LABEL_TOP = 12;

    private final Group layer = new Group();
    private final boolean values;

    IntervalMarks(ObservableList<Node> plotChildren, boolean values) {
        this.values = values;
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        plotChildren.add(layer);
    }

    /** Re-draws the marks; call after the chart has laid out its own nodes. */
    void layout(XYChart<String, Number> chart) {
        layer.toFront();
        List<Node> marks = new ArrayList<>();
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> data : series.getData()) {
                if (data.getNode() == null || !(data.getExtraValue() instanceof Figure figure)) {
                    continue;
                }
                Bounds b = data.getNode().getBoundsInParent();
                double x = b.getMinX() + b.getWidth() / 2;
                Interval ci = figure.ci();
                if (ci != null) {
                    double low = chart.getYAxis().getDisplayPosition(ci.low());
                    double high = chart.getYAxis().getDisplayPosition(ci.high());
                    Path whisker = new Path(new MoveTo(x, low), new LineTo(x, high),
                            new MoveTo(x - CAP, low), new LineTo(x + CAP, low),
                            new MoveTo(x - CAP, high), new LineTo(x + CAP, high));
                    whisker.getStyleClass().add(Styles.AGREEMENT_WHISKER);
                    marks.add(whisker);
                }
                if (values) {
                    double point = chart.getYAxis().getDisplayPosition(data.getYValue());
                    double zero = chart.getYAxis().getDisplayPosition(0);
                    Text text = new Text(figure.valueText());
                    text.getStyleClass().add(Styles.AGREEMENT_BAR_VALUE);
                    if (ci == null) {
                        text.setX(x - text.getLayoutBounds().getWidth() / 2);
                        text.setY(Math.max(LABEL_TOP, Math.min(point, zero) - 4));
                    } else {
                        text.setX(x + CAP + 3);
                        text.setY(Math.max(LABEL_TOP, Math.min(point, zero) - 3));
                    }
                    marks.add(text);
                }
            }
        }
        layer.getChildren().setAll(marks);
    }
}
