package dev.concord.ui.review;

import dev.concord.model.Attempt;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Message;
import dev.concord.model.ToolCall;
import dev.concord.ui.Screens;
import dev.concord.ui.common.ConversationView;
import dev.concord.ui.common.Styles;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The review screen's conversation shows an agent's tool calls and their results readably, collapsed at first. */
@ExtendWith(ApplicationExtension.class)
class ToolCallBubblesTest {
    private ConversationView pane;

    @Start
    void start(Stage stage) {
        pane = new ConversationView();
        Scene scene = new Scene(pane, 720, 520);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private static FlaggedItem agentItem() {
        List<Message> prompt = List.of(new Message("system", "You are the order desk."),
                Message.user("Where is order BW-1174024?"),
                Message.toolCalls("", List.of(new ToolCall("call_1", "order_lookup", "{\"order_id\":\"BW-1174024\"}"))),
                new Message("tool", "{\"order_id\":\"BW-1174024\",\"status\":\"shipped\",\"parcels\":2}", List.of(), "call_1", null));
        return new FlaggedItem("fi-a1", "s1", Set.of(FlagReason.DOWNVOTE_NO_CORRECTION), prompt,
                List.of(new Attempt(0, "a1", Instant.parse("2026-11-20T10:00:00Z"), "agent-v3", "It shipped.", null, null,
                        false, false)), Instant.parse("2026-11-20T10:00:00Z"));
    }

    @Test
    void toolCallsAndResultsAreNamedCollapsedAndOpenToIndentedJson(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show(agentItem()));
        WaitForAsyncUtils.waitForFxEvents();
        List<TitledPane> panes = List.of(robot.lookup("." + Styles.TOOL_CALL).queryAs(TitledPane.class),
                robot.lookup("." + Styles.TOOL_RESULT).queryAs(TitledPane.class));
        assertThat(panes).extracting(TitledPane::getText)
                .containsExactly("calls order_lookup  ·  call_1", "result of order_lookup  ·  call_1");
        assertThat(panes).noneMatch(TitledPane::isExpanded);
        Screens.shoot(pane.getScene(), "review-tool-calls-collapsed.png");

        robot.clickOn(panes.get(0).lookup(".title"));
        robot.clickOn(panes.get(1).lookup(".title"));
        Screens.waitUntil(() -> panes.get(0).isExpanded() && panes.get(1).isExpanded());
        assertThat(((Label) panes.get(0).getContent()).getText()).isEqualTo("{\n  \"order_id\" : \"BW-1174024\"\n}");
        assertThat(((Label) panes.get(1).getContent()).getText()).contains("\"status\" : \"shipped\"");
        Screens.shoot(pane.getScene(), "review-tool-calls-expanded.png");
    }
}
