package dev.concord.ui.compare;

import dev.concord.review.Review;
import dev.concord.ui.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Every review of an item side by side, corrections as word-level diffs against the viewer's own correction or
 * the original answer (the view-model's base).
 */
public final class CompareView extends BorderPane {
    public static final String ID = "compareView";
    public static final String CARDS_ID = "compareCards";
    private final CompareViewModel vm;
    private final HBox cards = new HBox(8);
    private final Label title = new Label();
    private final String switchHint;

    /** @param switchHint what to show about switching the diff base, e.g. "D switches" (empty for none) */
    public CompareView(CompareViewModel vm, String switchHint) {
        this.vm = vm;
        this.switchHint = switchHint;
        setId(ID);
        cards.setId(CARDS_ID);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        HBox header = new HBox(10, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 6, 0));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        setPadding(new Insets(8, 8, 4, 8));
        setTop(header);
        setCenter(scroll);
        vm.reviews().addListener((ListChangeListener<Review>) c -> render());
        vm.baseProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        cards.getChildren().clear();
        int n = vm.reviews().size();
        String base = vm.baseProperty().get().label();
        title.setText(n + (n == 1 ? " review" : " reviews") + " side by side · corrections compared with " + base
                + (switchHint.isEmpty() ? "" : " (" + switchHint + ")"));
        int attempts = vm.itemProperty().get() == null ? 1 : vm.itemProperty().get().attempts().size();
        int i = 1;
        for (Review r : vm.reviews()) {
            boolean own = vm.isViewer(r);
            String heading = vm.hasViewer() ? r.reviewerName() + (own ? " (you)" : "") : i + " · " + r.reviewerName();
            cards.getChildren().add(new ReviewCard(heading, r, vm.labelsProperty().get(), attempts, vm.diff(r), own));
            i++;
        }
    }
}
