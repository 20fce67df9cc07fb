package dev.concord.ui.agreement;

import dev.concord.agreement.InterpretationBand;
import dev.concord.agreement.PairKappa;
import dev.concord.ui.common.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Cohen's kappa between every two reviewers as a grid of coloured cells, each printing its kappa and the
 * number of items both rated; clicking a cell lists those items. The colour is computed from kappa
 * ({@link KappaColour}); the legend says what it means.
 */
final class PairHeatmap extends VBox {
    static final String CELL_ID_PREFIX = "pair-cell-";

    private final GridPane grid = new GridPane();
    private final BiConsumer<String, String> onClick;

    PairHeatmap(BiConsumer<String, String> onClick) {
        this.onClick = onClick;
        setSpacing(8);
        grid.setHgap(3);
        grid.setVgap(3);
        getChildren().addAll(grid, legend());
    }

    void show(PairMatrix m) {
        grid.getChildren().clear();
        if (m == null || m.size() < 2) {
            Label none = new Label("Pairwise kappa needs two or more reviewers.");
            none.getStyleClass().add(Styles.MUTED);
            grid.add(none, 0, 0);
            return;
        }
        for (int i = 0; i < m.size(); i++) {
            grid.add(header(m.names().get(i), Pos.CENTER_RIGHT), 0, i + 1);
            Label column = header(m.names().get(i), Pos.CENTER);
            GridPane.setHalignment(column, HPos.CENTER);
            grid.add(column, i + 1, 0);
            for (int j = 0; j < m.size(); j++) {
                grid.add(cell(m, i, j), j + 1, i + 1);
            }
        }
    }

    private static Label header(String text, Pos alignment) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.HEATMAP_HEADER);
        l.setAlignment(alignment);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private VBox cell(PairMatrix m, int i, int j) {
        PairKappa p = m.pair(i, j);
        Label value = new Label(p == null ? "—" : p.kappa() == null ? "n/a"
                : String.format(Locale.ROOT, "%.2f", p.kappa()));
        value.getStyleClass().add(Styles.HEATMAP_VALUE);
        Label n = new Label(p == null ? "" : "n=" + p.n());
        n.getStyleClass().add(Styles.HEATMAP_N);
        VBox cell = new VBox(0, value, n);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().add(Styles.HEATMAP_CELL);
        Color fill = p == null ? Color.TRANSPARENT : KappaColour.fill(p.kappa());
        cell.setBackground(new Background(new BackgroundFill(fill, new CornerRadii(4), Insets.EMPTY)));
        Color text = p == null ? Color.web("#9aa5b1") : KappaColour.text(fill);
        value.setTextFill(text);
        n.setTextFill(text);
        if (p != null) {
            cell.setId(CELL_ID_PREFIX + i + "-" + j);
            InterpretationBand band = InterpretationBand.of(p.kappa());
            String ci = p.ci() == null ? "" : String.format(Locale.ROOT, " [%.3f, %.3f]", p.ci().low(), p.ci().high());
            Tooltip.install(cell, new Tooltip(m.names().get(i) + " / " + m.names().get(j) + ": Cohen's κ "
                    + (p.kappa() == null ? "undefined" : String.format(Locale.ROOT, "%.3f", p.kappa())) + ci
                    + (band == null ? "" : " · " + band.label()) + " · " + p.n() + " items both rated"
                    + "\nClick to list them."));
            cell.setCursor(Cursor.HAND);
            cell.setOnMouseClicked(e -> onClick.accept(p.a(), p.b()));
        }
        return cell;
    }

    private static HBox legend() {
        HBox legend = new HBox(2);
        legend.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("κ colour: ");
        title.getStyleClass().add(Styles.MUTED);
        legend.getChildren().add(title);
        for (double k : new double[] {-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1.0}) {
            Label swatch = new Label(String.format(Locale.ROOT, "%.1f", k));
            swatch.getStyleClass().add(Styles.HEATMAP_SWATCH);
            Color fill = KappaColour.fill(k);
            swatch.setBackground(new Background(new BackgroundFill(fill, new CornerRadii(3), Insets.EMPTY)));
            swatch.setTextFill(KappaColour.text(fill));
            legend.getChildren().add(swatch);
        }
        Label undefined = new Label("n/a");
        undefined.getStyleClass().add(Styles.HEATMAP_SWATCH);
        undefined.setBackground(new Background(new BackgroundFill(KappaColour.UNDEFINED, new CornerRadii(3),
                Insets.EMPTY)));
        legend.getChildren().add(undefined);
        return legend;
    }
}
