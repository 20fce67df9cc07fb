package dev.concord.ui.agreement;

import dev.concord.model.Attempt;
import dev.concord.model.FlaggedItem;
import dev.concord.service.ItemReviews;
import dev.concord.review.Adjudication;
import dev.concord.review.Picks;
import dev.concord.review.Review;
import dev.concord.ui.common.AttemptCard;
import dev.concord.ui.common.Styles;
import dev.concord.ui.common.markdown.MarkdownView;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One item's reviews side by side for the lead: the answer under review (every attempt of a retry chain),
 * then one card per reviewer with label, best/worst pick and correction, then the lead's decision if any.
 */
final class ReviewsSideBySide extends VBox {
    static final String CARDS_ID = "reviewCards";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Label title = new Label("Select an item to see its reviews side by side.");
    private final HBox cards = new HBox(8);

    ReviewsSideBySide() {
        setSpacing(6);
        setPadding(new Insets(0, 0, 0, 6));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        cards.setId(CARDS_ID);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToHeight(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
    }

    void show(ItemReviews reviews) {
        cards.getChildren().clear();
        if (reviews == null) {
            title.setText("Select an item to see its reviews side by side.");
            return;
        }
        FlaggedItem item = reviews.item();
        title.setText(reviews.itemId() + (item == null ? " (no longer in the store)" : " · " + item.promptHeadline()));
        if (item != null) {
            cards.getChildren().add(answerCard(item));
        }
        for (Review r : reviews.reviews()) {
            cards.getChildren().add(reviewCard(r, item));
        }
        if (reviews.adjudication() != null) {
            cards.getChildren().add(adjudicationCard(reviews.adjudication(), item));
        }
    }

    /** The attempts under review, one shared {@link AttemptCard} each, stacked in one column. */
    private static VBox answerCard(FlaggedItem item) {
        VBox card = card(item.attempts().size() > 1 ? "Attempts under review" : "Answer under review");
        for (Attempt a : item.attempts()) {
            AttemptCard attempt = new AttemptCard(a, item.attempts().size());
            attempt.setPrefWidth(Region.USE_COMPUTED_SIZE);
            attempt.setMinHeight(120);
            VBox.setVgrow(attempt, Priority.ALWAYS);
            card.getChildren().add(attempt);
        }
        return card;
    }

    private static VBox reviewCard(Review r, FlaggedItem item) {
        VBox card = card(r.reviewerName());
        card.getChildren().add(chip(r.label()));
        card.getChildren().add(muted("revision " + r.revision() + " · " + TIME.format(r.submittedAt())));
        String picks = picks(r.best(), r.worst(), r.noneAcceptable(), item);
        if (!picks.isEmpty()) {
            card.getChildren().add(new Label(picks));
        }
        card.getChildren().add(correction(r.hasCorrection() ? r.correction() : "(no correction)"));
        if (r.note() != null && !r.note().isBlank()) {
            card.getChildren().add(muted("Note: " + r.note()));
        }
        return card;
    }

    private static VBox adjudicationCard(Adjudication a, FlaggedItem item) {
        VBox card = card("Adjudicated by " + a.leadName());
        card.getStyleClass().add(Styles.ADJUDICATION_CARD);
        card.getChildren().add(chip(a.label()));
        card.getChildren().add(muted(TIME.format(a.decidedAt())
                + (a.takenFrom() == null ? "" : " · taken from " + a.takenFrom())));
        String picks = picks(a.best(), a.worst(), a.noneAcceptable(), item);
        if (!picks.isEmpty()) {
            card.getChildren().add(new Label(picks));
        }
        card.getChildren().add(correction(a.correction() == null ? "(no correction)" : a.correction()));
        return card;
    }

    /** The picks line, or nothing for a single answer nobody picked in. */
    static String picks(Integer best, Integer worst, boolean noneAcceptable, FlaggedItem item) {
        if (item != null && item.attempts().size() < 2 && best == null && worst == null && !noneAcceptable) {
            return "";
        }
        return Picks.line(best, worst, noneAcceptable);
    }

    private static VBox card(String heading) {
        Label h = new Label(heading);
        h.getStyleClass().add(Styles.ATTEMPT_HEADER);
        VBox card = new VBox(6, h);
        card.getStyleClass().add(Styles.REVIEW_CARD);
        card.setMinWidth(220);
        card.setPrefWidth(280);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Label chip(String label) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.LABEL_CHIP);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        return l;
    }

    /** A correction as Markdown (raw text with Ctrl+M), filling the card and scrolling inside it. */
    private static MarkdownView correction(String text) {
        MarkdownView view = new MarkdownView(text, MarkdownView.Fit.SCROLL);
        view.getStyleClass().add(Styles.ATTEMPT_OUTPUT);
        view.setMinHeight(90);
        VBox.setVgrow(view, Priority.ALWAYS);
        return view;
    }
}
