package dev.concord.ui.review;

import dev.concord.review.Viewer;
import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;
import dev.concord.review.Reviewer;
import dev.concord.service.AdjudicationService;
import dev.concord.service.ImportService;
import dev.concord.service.ReviewService;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import dev.concord.ui.AppWiring;
import dev.concord.ui.MainView;
import dev.concord.ui.MainViewModel;
import dev.concord.ui.adjudicate.DisagreementsView;
import dev.concord.ui.common.AttemptCard;
import dev.concord.ui.common.Styles;
import dev.concord.ui.compare.CompareView;
import dev.concord.ui.reviewer.ReviewerPickerDialog;
import dev.concord.ui.reviewer.SettingsDialog;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static dev.concord.ui.Screens.waitUntil;
import static dev.concord.ui.Screens.shoot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three reviewers label the same three items by keyboard alone, the third sees all three reviews side by side,
 * and a lead settles the one item export would not take (labels agree, but only one reviewer corrected it);
 * every screen is photographed into target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWorkflowTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private MainView view;
    private Database db;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("concord-review-ui");
        Logs logs = log()
                .generation("g1", "s1", "How long does a refund take?", "Refunds are processed within 30 days.").down("g1")
                .generation("g2", "s2", "What is the capital of Australia?", "The capital of Australia is Sydney.").down("g2")
                .generation("c1", "s3", "Write a Python function that reverses a string.", "def rev(s):\n    return s.reverse()")
                .retry("c2", "s3", "c1", "def rev(s):\n    return ''.join(reversed(s))")
                .retry("c3", "s3", "c2", "def rev(s):\n    return s[::-1]")
                .retry("c4", "s3", "c3", "Use s.reverse() on the string.");
        db = Database.openSqlite(home.resolve("concord.db"));
        new ImportService(db).ingest(List.of(logs.writeTo(home.resolve("log.jsonl"))), ProgressListener.NONE);
        db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO evaluator_scores (score_key, generation, name, value, source, comment, "
                        + "source_line, ingest_run) VALUES ('k1', 'g1', 'helpfulness', 0.9, 'EVAL', 'to the point', 1, 1)");
            }
            return null;
        });
        view = new MainView(new MainViewModel(db, AppWiring.fx()));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }


    private String itemLine(FxRobot robot) {
        return robot.lookup("#" + ReviewView.ITEM_ID).queryAs(Label.class).getText();
    }

    private boolean revealShown(FxRobot robot) {
        return robot.lookup("#" + CompareView.ID).tryQuery().map(Node::isVisible).orElse(false)
                && itemLine(robot).startsWith("Reviews of");
    }

    /**
     * Types text key by key through the platform robot, so it reaches the focused window (TestFX's write()
     * targets the first window that says it is focused, which under Monocle is the main one even when a
     * dialog is up).
     */
    private static void typeText(FxRobot robot, String text) {
        for (char ch : text.toCharArray()) {
            KeyCode code = switch (ch) {
                case ' ' -> KeyCode.SPACE;
                case '.' -> KeyCode.PERIOD;
                case ',' -> KeyCode.COMMA;
                default -> Character.isDigit(ch) ? KeyCode.valueOf("DIGIT" + ch)
                        : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(ch)));
            };
            if (Character.isUpperCase(ch)) {
                robot.push(KeyCode.SHIFT, code);
            } else {
                robot.type(code);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }


    private void pick(FxRobot robot, String name, boolean lead, String shot) throws Exception {
        waitUntil(() -> robot.lookup("#" + ReviewerPickerDialog.NAME_ID).tryQuery().isPresent());
        Node field = robot.lookup("#" + ReviewerPickerDialog.NAME_ID).query();
        if (!field.isFocused()) {
            robot.push(KeyCode.TAB);
        }
        assertThat(field.isFocused()).isTrue();
        typeText(robot, name);
        if (lead) {
            robot.push(KeyCode.TAB).push(KeyCode.SPACE).push(KeyCode.SHIFT, KeyCode.TAB);
        }
        if (shot != null) {
            shoot(field.getScene(), shot);
        }
        robot.push(KeyCode.ENTER);
        waitUntil(() -> view.review().reviewer() != null && view.review().reviewer().name().equals(name));
    }

    /** Labels the item on screen by keyboard, optionally editing the correction, and submits. */
    private void label(FxRobot robot, String item, String key, String correction, KeyCode... picks) throws Exception {
        waitUntil(() -> itemLine(robot).startsWith(item));
        robot.type(KeyCode.valueOf("DIGIT" + key));
        for (KeyCode k : picks) {
            robot.push(k);
        }
        if (correction != null) {
            robot.push(KeyCode.E);
            robot.push(KeyCode.CONTROL, KeyCode.A);
            typeText(robot, correction);
            robot.push(KeyCode.ESCAPE);
        }
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> revealShown(robot));
    }

    private void reviewAll(FxRobot robot, String g1Label, String g1Fix, String chainLabel, String chainFix, boolean last)
            throws Exception {
        waitUntil(() -> itemLine(robot).startsWith("fi-g1"));
        waitUntil(() -> robot.lookup("#" + AttemptCard.SCORES_ID_PREFIX + 0).tryQuery()
                .map(n -> n.isVisible() && ((Label) n).getText().equals(dev.concord.ui.common.ScoreLine.PREFIX + "helpfulness 0.9 [EVAL]"))
                .orElse(false));
        label(robot, "fi-g1", g1Label, g1Fix);
        robot.push(KeyCode.ENTER);
        label(robot, "fi-g2", "2", "The capital of Australia is Canberra.");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> itemLine(robot).startsWith("fi-c1"));
        robot.type(KeyCode.valueOf("DIGIT" + chainLabel));
        robot.push(KeyCode.LEFT).push(KeyCode.B).push(KeyCode.LEFT).push(KeyCode.LEFT).push(KeyCode.W);
        if (chainFix != null) {
            robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.C).push(KeyCode.E).push(KeyCode.CONTROL, KeyCode.END);
            typeText(robot, chainFix);
            robot.push(KeyCode.ESCAPE);
        }
        if (last) {
            shoot(view.getScene(), "review.png");
        }
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> revealShown(robot));
        if (!last) {
            robot.push(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#" + ReviewView.PLACEHOLDER_ID).queryAs(Label.class).getText().startsWith("Nothing left"));
        }
    }

    @Test
    void threeReviewersLabelByKeyboardTheRevealShowsAllThreeAndALeadDecides(FxRobot robot) throws Exception {
        Platform.runLater(() -> view.reviewerActions().pickIfNeeded(stage));
        pick(robot, "Ann", false, "picker.png");
        robot.interact(() -> view.tabs().getSelectionModel().select(1));
        reviewAll(robot, "2", "Refunds take 5 to 10 business days.", "2", " It returns a new reversed string.", false);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        pick(robot, "Bob", false, null);
        reviewAll(robot, "2", "Refunds take up to 10 business days.", "3", " Slicing with step minus one reverses it.", false);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        pick(robot, "Cat", false, null);
        reviewAll(robot, "1", null, "2", null, true);
        HBox cards = robot.lookup("#" + CompareView.CARDS_ID).queryAs(HBox.class);
        assertThat(cards.getChildren()).as("Cat sees all three reviews of the chain").hasSize(3);
        assertThat(cards.lookupAll(".label")).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .as("Ann's picks read as on the review form (one wording: review.Picks)")
                .contains(dev.concord.review.Picks.line(2, 0, false), "Best: attempt 3 · Worst: attempt 1");
        shoot(view.getScene(), "reveal.png");
        robot.push(KeyCode.D);
        shoot(view.getScene(), "reveal-vs-original.png");
        robot.push(KeyCode.ENTER);

        ReviewerService people = new ReviewerService(db);
        Reviewer ann = people.reviewers().stream().filter(r -> r.name().equals("Ann")).findFirst().orElseThrow();
        Reviewer bob = people.reviewers().stream().filter(r -> r.name().equals("Bob")).findFirst().orElseThrow();
        try (ReviewService reviews = new ReviewService(db)) {
            Review annG1 = reviews.myReview(ann.id(), "fi-g1").orElseThrow();
            assertThat(annG1.label()).isEqualTo("wrong");
            assertThat(annG1.correction()).isEqualTo("Refunds take 5 to 10 business days.");
            Review annChain = reviews.myReview(ann.id(), "fi-c1").orElseThrow();
            assertThat(annChain.best()).as("attempt 3 of 4").isEqualTo(2);
            assertThat(annChain.worst()).isEqualTo(0);
            assertThat(annChain.correction()).as("attempt 3 copied with C, then extended")
                    .isEqualTo("def rev(s):\n    return s[::-1] It returns a new reversed string.");
            assertThat(reviews.reveal(Viewer.of(ann), "fi-c1")).extracting(Review::label).containsExactly("wrong", "unsafe", "wrong");
        }

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        pick(robot, "Lea", true, "picker-lead.png");
        assertThat(view.review().reviewer().lead()).isTrue();
        robot.interact(() -> view.tabs().getSelectionModel().select(2));
        TableView<?> table = robot.lookup("#" + DisagreementsView.TABLE_ID).queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.push(KeyCode.J);
        waitUntil(() -> robot.lookup("#" + DisagreementsView.ID + " #" + CompareView.CARDS_ID).queryAs(HBox.class)
                .getChildren().size() == 3);
        shoot(view.getScene(), "disagreements.png");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.type(KeyCode.DIGIT2);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AdjudicationService adjudication = new AdjudicationService(db);
        String lea = view.review().reviewer().id();
        waitUntil(() -> adjudication.decision(lea, "fi-c1").isPresent());
        Adjudication decided = adjudication.decision(lea, "fi-c1").orElseThrow();
        assertThat(decided.leadName()).isEqualTo("Lea");
        assertThat(decided.label()).isEqualTo("wrong");
        assertThat(decided.correction()).as("Ann's was the only correction: one correction is not agreement")
                .isEqualTo("def rev(s):\n    return s[::-1] It returns a new reversed string.");
        assertThat(decided.takenFrom()).isEqualTo(ann.id());
        assertThat(decided.best()).isEqualTo(2);
        assertThat(decided.worst()).isEqualTo(0);
        waitUntil(() -> robot.lookup("#" + DisagreementsView.PLACEHOLDER_ID).queryAs(Label.class).getText()
                .startsWith("Decided fi-c1"));
        shoot(view.getScene(), "disagreements-decided.png");

        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        waitUntil(() -> robot.lookup("#" + SettingsDialog.LABELS_ID).tryQuery().isPresent());
        shoot(robot.lookup("#" + SettingsDialog.LABELS_ID).query().getScene(), "settings.png");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#" + SettingsDialog.LABELS_ID).tryQuery().isEmpty());
    }
}
