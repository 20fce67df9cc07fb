package dev.concord.ui.adjudicate;

import dev.concord.model.ProgressListener;
import dev.concord.review.Adjudication;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.service.AdjudicationService;
import dev.concord.service.ImportService;
import dev.concord.service.ReviewService;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import dev.concord.ui.common.Styles;
import dev.concord.ui.compare.CompareView;
import dev.concord.ui.common.FxTaskExecutor;
import dev.concord.ui.review.ReviewWorkbench;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static dev.concord.ui.Screens.waitUntil;
import static dev.concord.ui.Screens.shoot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead settles, by keyboard alone, a retry chain whose reviewers agreed on the label but not on the correction
 * or the best attempt: the stored decision has the label, the taken correction, the worst pick and "none
 * acceptable". Screenshots go to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class LeadDecisionTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String ANN_FIX = "def rev(s):\n    return s[::-1]  # slicing with step -1 reverses";
    private static final String BOB_FIX = "def rev(s):\n    return ''.join(reversed(s))";
    private Database db;
    private Reviewer lea;
    private Reviewer ann;
    private DisagreementsView view;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("concord-lead-ui");
        db = Database.openSqlite(home.resolve("concord.db"));
        new ImportService(db).ingest(List.of(log()
                .generation("c1", "s1", "Write a Python function that reverses a string.", "def rev(s):\n    return s.reverse()")
                .retry("c2", "s1", "c1", "def rev(s):\n    return reversed(s)")
                .retry("c3", "s1", "c2", "def rev(s):\n    return s[::-1]")
                .retry("c4", "s1", "c3", "Use s.reverse() on the string.")
                .writeTo(home.resolve("log.jsonl"))), ProgressListener.NONE);
        ReviewerService people = new ReviewerService(db);
        ann = people.add("Ann", false);
        Reviewer bob = people.add("Bob", false);
        lea = people.add("Lea", true);
        try (ReviewService reviews = new ReviewService(db)) {
            reviews.submit(ann.id(), "fi-c1", new ReviewDraft("wrong", ANN_FIX, 2, 0, false, "attempt 3 works"));
            reviews.submit(bob.id(), "fi-c1", new ReviewDraft("wrong", BOB_FIX, null, 3, true, null));
        }
        ReviewWorkbench bench = new ReviewWorkbench(db, new FxTaskExecutor("test-review"));
        bench.setReviewer(lea);
        view = new DisagreementsView(new DisagreementsViewModel(bench));
        Scene scene = new Scene(view, 1280, 820);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
        view.requestFocus();
    }



    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void leadDecidesAChainWhoseCorrectionsAndPicksDisagreeWithPicksAndNoneAcceptable(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#" + DisagreementsView.TABLE_ID).queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> text(robot, DisagreementsView.PLACEHOLDER_ID).startsWith("Select an item on the left"));
        assertThat(text(robot, DisagreementsView.PLACEHOLDER_ID)).as("rows loaded after the view opened")
                .doesNotContain("Nothing waits");
        robot.push(KeyCode.J);
        waitUntil(() -> robot.lookup("#" + CompareView.CARDS_ID).queryAs(HBox.class).getChildren().size() == 2);
        assertThat(text(robot, DisagreementsView.REASONS_ID))
                .contains("corrections differ").contains("did not agree on the best and worst attempt");
        assertThat(text(robot, DisagreementsView.PICKS_ID)).as("the best pick ties: nothing pre-selected")
                .startsWith("Best: — · Worst: —");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> text(robot, DisagreementsView.PICKS_ID).startsWith("Best: attempt 3 · Worst: attempt 1"));
        robot.push(KeyCode.N);
        waitUntil(() -> text(robot, DisagreementsView.PICKS_ID).startsWith("None acceptable · Worst: attempt 1"));
        shoot(view.getScene(), "lead-decision.png");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        AdjudicationService service = new AdjudicationService(db);
        waitUntil(() -> service.decision(lea.id(), "fi-c1").isPresent());
        Adjudication a = service.decision(lea.id(), "fi-c1").orElseThrow();
        assertThat(a.label()).isEqualTo("wrong");
        assertThat(a.correction()).isEqualTo(ANN_FIX);
        assertThat(a.takenFrom()).isEqualTo(ann.id());
        assertThat(a.noneAcceptable()).isTrue();
        assertThat(a.best()).isNull();
        assertThat(a.worst()).isEqualTo(0);
        waitUntil(() -> text(robot, DisagreementsView.PLACEHOLDER_ID).startsWith("Decided fi-c1: wrong / factual error."));
        assertThat(text(robot, DisagreementsView.PLACEHOLDER_ID)).endsWith("Nothing waits for a lead.");
        assertThat(table.getItems()).as("the settled item left the queue").isEmpty();

        robot.push(KeyCode.D);
        waitUntil(() -> table.getItems().size() == 1);
        robot.push(KeyCode.J);
        waitUntil(() -> text(robot, DisagreementsView.PICKS_ID).startsWith("None acceptable · Worst: attempt 1"));
        shoot(view.getScene(), "lead-decided.png");
    }
}
