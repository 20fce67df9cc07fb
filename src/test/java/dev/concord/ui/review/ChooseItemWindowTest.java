package dev.concord.ui.review;

import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.review.Reviewer;
import dev.concord.service.ImportService;
import dev.concord.service.ReviewService;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import dev.concord.ui.AppWiring;
import dev.concord.ui.MainView;
import dev.concord.ui.MainViewModel;
import dev.concord.ui.common.Styles;
import dev.concord.ui.queue.QueueView;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead opens a chosen item from the Queue tab with Enter ("Review this item"); a reviewer skips an item, finds it
 * under Skipped (K) and takes it back with Enter, in the real window.
 */
@ExtendWith(ApplicationExtension.class)
class ChooseItemWindowTest {
    private MainView view;
    private Database db;
    private Reviewer lea;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("concord-choose-ui");
        Logs logs = log()
                .generation("g1", "s1", "How long does a refund take?", "Thirty days.").down("g1")
                .generation("g2", "s2", "What is the capital of Australia?", "Sydney.").down("g2")
                .generation("g3", "s3", "Which port does HTTPS use?", "Port 80.").down("g3");
        db = Database.openSqlite(home.resolve("concord.db"));
        new ImportService(db).ingest(List.of(logs.writeTo(home.resolve("log.jsonl"))), ProgressListener.NONE);
        lea = new ReviewerService(db).add("Lea", true);
        view = new MainView(new MainViewModel(db, AppWiring.fx()));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private String itemLine(FxRobot robot) {
        return robot.lookup("#" + ReviewView.ITEM_ID).queryAs(Label.class).getText();
    }

    @Test
    void aLeadOpensAQueueItemWithEnterThenSkipsItAndTakesItBack(FxRobot robot) throws Exception {
        robot.interact(() -> view.review().setReviewer(lea));
        robot.interact(() -> view.tabs().getSelectionModel().select(0));
        TableView<?> table = robot.lookup("#" + QueueView.TABLE_ID).queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3 && table.getItems().get(2) != null);
        String chosen = ((QueueEntry) table.getItems().get(2)).id();
        robot.interact(() -> {
            table.getSelectionModel().select(2);
            table.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        waitUntil(() -> view.tabs().getSelectionModel().getSelectedIndex() == MainView.REVIEW_TAB
                && itemLine(robot).startsWith(chosen));

        robot.push(KeyCode.S);
        waitUntil(() -> !itemLine(robot).startsWith(chosen));
        try (ReviewService reviews = new ReviewService(db)) {
            assertThat(reviews.skips(lea.id(), 10)).extracting(s -> s.itemId()).containsExactly(chosen);
        }
        robot.push(KeyCode.K);
        waitUntil(() -> robot.lookup("#" + ReviewView.SKIPPED_LIST_ID).tryQuery().isPresent());
        ListView<?> skipped = robot.lookup("#" + ReviewView.SKIPPED_LIST_ID).queryAs(ListView.class);
        assertThat(skipped.getItems()).hasSize(1);
        robot.interact(() -> {
            skipped.getSelectionModel().select(0);
            skipped.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#" + ReviewView.SKIPPED_LIST_ID).tryQuery().isEmpty()
                && itemLine(robot).startsWith(chosen));
        try (ReviewService reviews = new ReviewService(db)) {
            assertThat(reviews.skips(lea.id(), 10)).as("taken back: no longer skipped").isEmpty();
        }
    }
}
