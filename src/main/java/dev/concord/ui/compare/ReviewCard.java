package dev.concord.ui.compare;

import dev.concord.review.LabelSet;
import dev.concord.review.Picks;
import dev.concord.review.Review;
import dev.concord.review.WordDiff;
import dev.concord.ui.common.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One reviewer's latest review: label, best/worst picks, correction as a diff, note. */
public final class ReviewCard extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZoneId.systemDefault());

    /**
     * @param heading what to call the reviewer, e.g. "Ann (you)" or "2 · Bob"
     */
    public ReviewCard(String heading, Review r, LabelSet labels, int attempts, List<WordDiff.Segment> diff,
                      boolean own) {
        super(6);
        getStyleClass().add(Styles.REVIEW_CARD);
        if (own) {
            getStyleClass().add(Styles.REVIEW_CARD_OWN);
        }
        Label name = new Label(heading);
        name.getStyleClass().add(Styles.ATTEMPT_HEADER);
        Label label = new Label(labels.nameOf(r.label()));
        label.getStyleClass().add(Styles.LABEL_CHIP);
        HBox top = new HBox(8, name, label);
        Label when = new Label((r.revision() > 1 ? "revision " + r.revision() + " · " : "") + TIME.format(r.submittedAt()));
        when.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(top, when);
        if (attempts > 1) {
            getChildren().add(new Label(Picks.line(r.best(), r.worst(), r.noneAcceptable())));
        }
        Label caption = new Label(r.hasCorrection() ? "Correction" : "No correction (kept the answer)");
        caption.getStyleClass().add(Styles.MUTED);
        caption.setWrapText(true);
        ScrollPane text = new ScrollPane(new DiffText(diff));
        text.setFitToWidth(true);
        text.setPrefViewportHeight(120);
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().addAll(caption, text);
        if (r.note() != null) {
            Label note = new Label("Note: " + r.note());
            note.setWrapText(true);
            getChildren().add(note);
        }
        setMinWidth(240);
        setPrefWidth(340);
        HBox.setHgrow(this, Priority.ALWAYS);
    }
}
