package dev.concord.ui.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.ImportService;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import dev.concord.ui.AppWiring;
import dev.concord.ui.MainView;
import dev.concord.ui.MainViewModel;
import dev.concord.ui.Screens;
import dev.concord.ui.common.AttemptCard;
import dev.concord.ui.common.AttemptStrip;
import dev.concord.ui.common.ConversationView;
import dev.concord.ui.common.MessageBubble;
import dev.concord.ui.common.Styles;
import dev.concord.ui.common.markdown.MarkdownStyles;
import dev.concord.ui.common.markdown.MarkdownView;
import dev.concord.ui.help.ShortcutSheet;
import dev.concord.ui.queue.ItemDetailView;
import dev.concord.ui.queue.QueueView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.concord.ingest.Logs.log;
import static dev.concord.ui.Screens.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared message and attempt card in the real window at 1024×700: answers and prompts render as Markdown, Ctrl+M
 * shows the raw text everywhere and back, the latest user turn is in view when an item opens, the focused attempt
 * scrolls into view, and badges wrap on narrow cards instead of being cut.
 */
@ExtendWith(ApplicationExtension.class)
class MarkdownCardsWindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ANSWER = "## Refund steps\n\nYou can **return** it within *30 days*; mail [EMAIL_1] first.\n\n"
            + "1. Open `Orders`\n2. Choose *Return*\n\n> Keep the box.\n\n```python\ndef refund(order):\n    return "
            + "lookup(order).amount  # " + "a long comment that must scroll sideways, not wrap ".repeat(4) + "\n```\n";
    private static final String LATEST = "**And** how long until the `refund` arrives?";
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        MarkdownView.rawProperty().set(false);
        Path home = Files.createTempDirectory("concord-markdown-ui");
        List<Map<String, Object>> prompt = new ArrayList<>();
        prompt.add(Map.of("role", "system", "content", "You are the order desk."));
        prompt.add(Map.of("role", "user", "content", "Where is order BW-1174024?"));
        prompt.add(Map.of("role", "assistant", "content", ("It shipped on Monday. " + "Tracking details follow. ".repeat(12)
                + "\n\n").repeat(6)));
        prompt.add(Map.of("role", "user", "content", LATEST));
        prompt.add(Map.of("role", "assistant", "content", "", "tool_calls", List.of(Map.of("id", "call_1", "type",
                "function", "function", Map.of("name", "refund_eta", "arguments", "{\"order_id\":\"BW-1174024\"}")))));
        prompt.add(Map.of("role", "tool", "tool_call_id", "call_1", "content", "{\"days\":5}"));
        prompt.add(Map.of("role", "assistant", "content", ("Let me add some context. " + "More words. ".repeat(20)
                + "\n\n").repeat(5)));
        Logs logs = log().line(JSON.writeValueAsString(Map.of("type", "generation", "id", "m1", "session", "s1",
                        "ts", "2026-11-20T08:00:00Z", "model", "agent-v3", "prompt", prompt, "output", ANSWER)))
                .down("m1")
                .generation("c1", "s3", "Write a Python function that reverses a string.", "def rev(s):\n    return s.reverse()")
                .retry("c2", "s3", "c1", "def rev(s):\n    return ''.join(reversed(s))")
                .retry("c3", "s3", "c2", "def rev(s):\n    return s[::-1]")
                .retry("c4", "s3", "c3", "Use `s.reverse()` on the string.").copy("c3").edit("c3", "s[::-1]").down("c4");
        Database db = Database.openSqlite(home.resolve("concord.db"));
        new ImportService(db).ingest(List.of(logs.writeTo(home.resolve("log.jsonl"))), ProgressListener.NONE);
        vm = new MainViewModel(db, AppWiring.fx());
        view = new MainView(vm);
        view.review().setReviewer(new ReviewerService(db).add("Lea", true));
        Scene scene = new Scene(view, 1024, 700);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void rendered() {
        MarkdownView.rawProperty().set(false);
    }

    private ReviewView openInReview(FxRobot robot, String itemId) throws Exception {
        robot.interact(() -> view.tabs().getSelectionModel().select(MainView.REVIEW_TAB));
        waitUntil(() -> vm.reviewing().modeProperty().get() != ReviewViewModel.Mode.LOADING);
        robot.interact(() -> vm.reviewing().chooser().open(itemId));
        waitUntil(() -> vm.reviewing().itemProperty().get() != null
                && vm.reviewing().itemProperty().get().id().equals(itemId) && !vm.reviewing().busyProperty().get());
        return robot.lookup("#" + ReviewView.ID).queryAs(ReviewView.class);
    }

    @Test
    void theReviewScreenRendersMarkdownAndCtrlMShowsTheRawTextAndBack(FxRobot robot) throws Exception {
        ReviewView review = openInReview(robot, "fi-m1");
        AttemptCard card = robot.from(review).lookup(".attempt-card").queryAs(AttemptCard.class);
        MarkdownView answer = robot.from(card).lookup("." + MarkdownStyles.VIEW).queryAs(MarkdownView.class);
        assertThat(answer.isRendered()).isTrue();
        assertThat(robot.from(card).lookup("." + MarkdownStyles.HEADING).queryAll()).hasSize(1);
        assertThat(robot.from(card).lookup("." + MarkdownStyles.LIST_ITEM).queryAll()).hasSize(2);
        assertThat(robot.from(card).lookup("." + MarkdownStyles.QUOTE).queryAll()).hasSize(1);
        assertThat(robot.from(card).lookup(".md-text").queryAll()).extracting(n -> ((javafx.scene.text.Text) n).getText())
                .contains("; mail [EMAIL_1] first.");
        ScrollPane code = robot.from(card).lookup("." + MarkdownStyles.CODE_SCROLL).queryAs(ScrollPane.class);
        assertThat(((javafx.scene.layout.Region) code.getContent()).getWidth()).as("the code line scrolls, unwrapped")
                .isGreaterThan(code.getViewportBounds().getWidth());
        Screens.shoot(review.getScene(), "review-markdown.png");

        assertThat(ShortcutSheet.windowKeys(review.getScene())).containsEntry(MarkdownView.RAW_KEY.getDisplayText(),
                MarkdownView.RAW_KEY_DESCRIPTION);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MarkdownView.rawProperty().get()).isTrue();
        TextArea raw = robot.from(card).lookup("." + MarkdownStyles.RAW).queryAs(TextArea.class);
        assertThat(raw.getText()).isEqualTo(ANSWER);
        assertThat(robot.from(review).lookup("." + MarkdownStyles.RAW).queryAll()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText()).contains(LATEST);
        Screens.shoot(review.getScene(), "review-markdown-raw.png");

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.isRendered()).isTrue();
        assertThat(robot.from(card).lookup("." + MarkdownStyles.RAW).tryQuery()).isEmpty();
    }

    @Test
    void theLatestUserTurnIsInViewWhenAnItemOpensInReviewAndInTheQueue(FxRobot robot) throws Exception {
        ReviewView review = openInReview(robot, "fi-m1");
        ConversationView conversation = robot.from(review).lookup(".scroll-pane").match(n -> n instanceof ConversationView)
                .queryAs(ConversationView.class);
        waitUntil(() -> latestUserTurnShown(conversation));
        assertThat(conversation.getVvalue()).as("scrolled past the first turns").isGreaterThan(0);

        robot.interact(() -> view.tabs().getSelectionModel().select(0));
        TableView<QueueEntry> table = robot.lookup("#" + QueueView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.id().equals("fi-m1")));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.id().equals("fi-m1")).findFirst().orElseThrow()));
        ConversationView queued = robot.lookup("#" + ItemDetailView.CONVERSATION_ID).queryAs(ConversationView.class);
        waitUntil(() -> !queued.bubbles().isEmpty() && latestUserTurnShown(queued));
        Screens.shoot(review.getScene(), "queue-latest-user-turn.png");
    }

    @Test
    void arrowKeysScrollTheFocusedAttemptIntoView(FxRobot robot) throws Exception {
        ReviewView review = openInReview(robot, "fi-c1");
        AttemptStrip strip = robot.from(review).lookup("#" + AttemptStrip.ID).queryAs(AttemptStrip.class);
        waitUntil(() -> strip.shown().size() == 4);
        assertThat(strip.cards().getWidth()).as("four cards overflow the strip at 1024 px")
                .isGreaterThan(strip.getViewportBounds().getWidth());
        waitUntil(() -> shownIn(strip, strip.shown().get(3)));
        assertThat(shownIn(strip, strip.shown().get(0))).as("the last attempt has the focus first").isFalse();
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.LEFT);
        }
        waitUntil(() -> vm.reviewing().form().focusedProperty().get() == 0);
        waitUntil(() -> shownIn(strip, strip.shown().get(0)));
        assertThat(strip.shown().get(0).getStyleClass()).contains(Styles.ATTEMPT_FOCUSED);
        assertThat(shownIn(strip, strip.shown().get(3))).isFalse();
        Screens.shoot(review.getScene(), "review-focused-attempt.png");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        waitUntil(() -> shownIn(strip, strip.shown().get(2)));
    }

    @Test
    void badgesWrapOnNarrowCardsInsteadOfBeingCut(FxRobot robot) throws Exception {
        TableView<QueueEntry> table = robot.lookup("#" + QueueView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.id().equals("fi-c1")));
        robot.interact(() -> {
            view.queueSplit().setDividerPositions(0.7);
            table.getSelectionModel().select(table.getItems().stream().filter(e -> e.id().equals("fi-c1")).findFirst()
                    .orElseThrow());
        });
        waitUntil(() -> robot.lookup("#" + ItemDetailView.ATTEMPTS_ID).queryAs(javafx.scene.layout.HBox.class)
                .getChildren().size() == 4);
        AttemptCard third = (AttemptCard) robot.lookup("#" + ItemDetailView.ATTEMPTS_ID)
                .queryAs(javafx.scene.layout.HBox.class).getChildren().get(2);
        FlowPane badges = robot.from(third).lookup("." + Styles.ATTEMPT_BADGES).queryAs(FlowPane.class);
        assertThat(badges.getChildren()).extracting(n -> ((Label) n).getText()).contains("copied", "edited");
        assertThat(badges.getChildren().stream().map(Node::getLayoutY).distinct().count()).as("more than one row")
                .isGreaterThan(1);
        assertThat(badges.getChildren()).allSatisfy(n -> assertThat(((Label) n).getWidth())
                .as(((Label) n).getText()).isGreaterThanOrEqualTo(((Label) n).prefWidth(-1) - 0.5));
        Screens.shoot(view.getScene(), "queue-badges-wrap.png");
    }

    private static boolean latestUserTurnShown(ConversationView conversation) {
        List<MessageBubble> users = conversation.bubbles().stream().filter(MessageBubble::isUser).toList();
        if (users.isEmpty()) {
            return false;
        }
        Node latest = users.get(users.size() - 1);
        Bounds bubble = latest.localToScene(latest.getLayoutBounds());
        Bounds port = conversation.localToScene(conversation.getLayoutBounds());
        return bubble.getMinY() >= port.getMinY() - 1 && bubble.getMinY() < port.getMaxY() - 20;
    }

    private static boolean shownIn(ScrollPane pane, Node node) {
        Bounds at = node.localToScene(node.getLayoutBounds());
        Bounds port = pane.localToScene(pane.getLayoutBounds());
        return at.getMinX() >= port.getMinX() - 1 && at.getMaxX() <= port.getMaxX() + 1;
    }
}
