package dev.concord.ui.agreement;

import dev.concord.service.AgreementAnalysis;
import dev.concord.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The agreement dashboard: headline coefficients with intervals, the reviewer-pair heatmap, bars per label and
 * per reviewer, agreement per week, best/worst picks and corrections, warnings; below, the items behind the
 * figure last clicked and one item's reviews side by side. Computed in the background with progress and cancel.
 */
public final class AgreementView extends BorderPane {
    public static final String RECOMPUTE_ID = "agreementRecompute";
    public static final String CANCEL_ID = "agreementCancel";
    public static final String PROGRESS_ID = "agreementProgress";
    public static final String WARNINGS_ID = "agreementWarnings";
    static final KeyCombination RECOMPUTE_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final AgreementViewModel vm;
    private final HeadlinePanel headline;
    private final PairHeatmap heatmap;
    private final IntervalBarChart perLabel = new IntervalBarChart("κ (label vs. rest)", 0);
    private final IntervalBarChart perReviewer = new IntervalBarChart("Cohen's κ", 0);
    private final IntervalLineChart perWeek = new IntervalLineChart("Krippendorff's α", 0);
    private final IntervalBarChart picks = new IntervalBarChart("Fleiss' κ", 0);
    private final VBox warnings = new VBox(2);
    private final DrillDownPanel drill;

    public AgreementView(AgreementViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.AGREEMENT_VIEW);
        headline = new HeadlinePanel(vm::drillAll);
        heatmap = new PairHeatmap(vm::drillPair);
        drill = new DrillDownPanel(vm);
        perReviewer.setLegendVisible(true);
        for (var chart : new BarChart<?, ?>[] {perLabel, perReviewer, picks}) {
            chart.setPrefHeight(240);
        }
        perWeek.setPrefHeight(240);
        picks.setPrefHeight(180);
        warnings.setId(WARNINGS_ID);
        warnings.getStyleClass().add(Styles.AGREEMENT_WARNINGS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(warnings, 0, 0, 2, 1);
        grid.add(card("Headline agreement (click a bar: all items)", headline), 0, 1);
        grid.add(card("Cohen's κ between reviewers (click a cell: their shared items)", heatmap), 1, 1);
        grid.add(card("Per label: κ of the label against all others", perLabel), 0, 2);
        grid.add(card("Per reviewer: mean κ with the others, and κ with the reference", perReviewer), 1, 2);
        grid.add(card("Over time: α by ISO week of the last review (click a point: that week's items)", perWeek), 0, 3);
        grid.add(card("Retry chains and corrections", picksAndCorrections()), 1, 3);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);

        SplitPane split = new SplitPane(scroll, drill);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        setTop(toolbar());
        setCenter(split);
        vm.analysisProperty().addListener((obs, old, now) -> show(now));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                dev.concord.ui.common.Shortcuts.put(scene, RECOMPUTE_KEY, "Agreement: recompute", () -> {
                    if (shown()) {
                        vm.recompute();
                    }
                });
            }
        });
        show(vm.analysisProperty().get());
    }

    private Node toolbar() {
        Label title = new Label("Inter-rater agreement");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label summary = new Label();
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId(PROGRESS_ID);
        progress.setPrefSize(22, 22);
        progress.progressProperty().bind(vm.tasks().progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> vm.cancel());
        for (Node n : new Node[] {progress, cancel}) {
            n.visibleProperty().bind(vm.computingProperty());
            n.managedProperty().bind(vm.computingProperty());
        }
        Button recompute = new Button("Recompute (" + RECOMPUTE_KEY.getDisplayText() + ")");
        recompute.setId(RECOMPUTE_ID);
        recompute.setOnAction(e -> vm.recompute());
        recompute.disableProperty().bind(Bindings.or(vm.computingProperty(), vm.tasks().runningProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, status, progress, cancel, recompute);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(2, top, summary);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Node picksAndCorrections() {
        Label corrections = new Label();
        corrections.setWrapText(true);
        corrections.textProperty().bind(vm.correctionsProperty());
        Button show = new Button("List items with two or more corrections");
        show.setOnAction(e -> vm.drillCorrections());
        show.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.analysisProperty().get() == null
                || vm.analysisProperty().get().corrections() == null, vm.analysisProperty()));
        Label picksNote = new Label("Best and worst attempt of retry chains: agreement on which attempt reviewers"
                + " picked (\"none acceptable\" is its own choice).");
        picksNote.getStyleClass().add(Styles.MUTED);
        picksNote.setWrapText(true);
        return new VBox(6, picksNote, picks, corrections, show);
    }

    private static VBox card(String title, Node content) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.CARD_TITLE);
        t.setWrapText(true);
        VBox card = new VBox(6, t, content);
        card.getStyleClass().add(Styles.AGREEMENT_CARD);
        card.setPadding(new Insets(8));
        return card;
    }

    private void show(AgreementAnalysis a) {
        warnings.getChildren().clear();
        if (a == null) {
            return;
        }
        if (!vm.warnings().isEmpty()) {
            Label heading = new Label("⚠ Warnings (" + vm.warnings().size() + ")");
            heading.getStyleClass().add(Styles.AGREEMENT_WARNING_TITLE);
            warnings.getChildren().add(heading);
            vm.warnings().forEach(w -> {
                Label l = new Label("• " + w);
                l.setWrapText(true);
                warnings.getChildren().add(l);
            });
        }
        warnings.setVisible(!vm.warnings().isEmpty());
        warnings.setManaged(warnings.isVisible());
        headline.show(vm.headline());
        heatmap.show(vm.pairsProperty().get());
        FigureCharts.show(perLabel, f -> vm.drillLabel(f.key()), FigureCharts.series("κ", vm.perLabel()));
        FigureCharts.show(perReviewer, f -> vm.drillReviewer(f.key()),
                FigureCharts.series("mean κ with the others", vm.reviewerMeanKappa()),
                FigureCharts.series("κ with the " + DashboardFigures.referenceName(a), vm.reviewerReferenceKappa()));
        CategoryAxis weekAxis = (CategoryAxis) perWeek.getXAxis();
        weekAxis.setAutoRanging(false);
        weekAxis.getCategories().setAll(FigureCharts.categories(vm.weeks()));
        FigureCharts.show(perWeek, f -> vm.drillWeek(f.key()), FigureCharts.series("α", vm.weeks(), true));
        FigureCharts.show(picks, f -> vm.drillAll(), FigureCharts.series("picks", vm.picks()));
        ((CategoryAxis) perWeek.getXAxis()).setTickLabelRotation(vm.weeks().size() > 8 ? -45 : 0);
    }

    /** Whether this view and all its parents are visible (its tab is the selected one). */
    private boolean shown() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    DrillDownPanel drill() {
        return drill;
    }
}
