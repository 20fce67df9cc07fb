package dev.concord.ui.agreement;

import dev.concord.ui.common.Styles;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The headline figures: a bar chart with error bars, and beside it a table of value, interval and band, so
 * that every number is readable and the band sits next to it, never instead of it.
 */
final class HeadlinePanel extends VBox {
    static final String VALUE_ID_PREFIX = "headline-value-";
    static final String CHART_ID = "headlineChart";

    private final IntervalBarChart chart = new IntervalBarChart("coefficient", 0);
    private final GridPane table = new GridPane();
    private final Runnable onClick;

    HeadlinePanel(Runnable onClick) {
        this.onClick = onClick;
        setSpacing(6);
        chart.setId(CHART_ID);
        chart.setPrefHeight(200);
        chart.setMinHeight(170);
        table.getStyleClass().add(Styles.FIGURE_TABLE);
        table.setHgap(14);
        table.setVgap(3);
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        table.getColumnConstraints().addAll(new ColumnConstraints(), right, new ColumnConstraints());
        Label note = new Label("Bands: Landis & Koch (1977), for κ-type coefficients. For α, Krippendorff (2004) relies"
                + " on α ≥ 0.800 and draws tentative conclusions from 0.667.");
        note.getStyleClass().add(Styles.MUTED);
        note.setWrapText(true);
        getChildren().addAll(table, chart, note);
    }

    void show(List<Figure> figures) {
        FigureCharts.show(chart, f -> onClick.run(), FigureCharts.series("headline", figures));
        table.getChildren().clear();
        table.addRow(0, header("Measure"), header("Value"), header("95% interval"), header("Band"));
        int row = 1;
        for (Figure f : figures) {
            Label value = new Label(f.valueText());
            value.setId(VALUE_ID_PREFIX + f.key());
            value.getStyleClass().add(Styles.FIGURE_VALUE);
            Label band = new Label(f.bandText());
            band.getStyleClass().add(Styles.FIGURE_BAND);
            table.addRow(row++, new Label(f.title()), value, new Label(f.intervalText()), band);
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.FIGURE_HEADER);
        return l;
    }
}
