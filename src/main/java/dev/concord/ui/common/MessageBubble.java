package dev.concord.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.model.Message;
import dev.concord.model.ToolCall;
import dev.concord.ui.common.markdown.MarkdownView;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One chat message as a bubble: the role, the text (as Markdown, see {@link MarkdownView}), and for an agent turn
 * its tool calls (function name, arguments as indented JSON) or its tool result, each in a pane that is collapsed
 * until the reviewer opens it. Used by every screen that shows a conversation, through {@link ConversationView}.
 */
public final class MessageBubble extends VBox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final boolean user;

    /** @param functions call id to function name of the calls seen so far, so a result can name its function */
    public MessageBubble(Message m, Map<String, String> functions) {
        super(2);
        user = "user".equals(m.role());
        getStyleClass().addAll(Styles.MESSAGE, Styles.ROLE_PREFIX + m.role());
        Label role = new Label(m.role());
        role.getStyleClass().add(Styles.MESSAGE_ROLE);
        getChildren().add(role);
        boolean result = "tool".equals(m.role());
        if (!m.content().isEmpty() && !result) {
            getChildren().add(new MarkdownView(m.content(), MarkdownView.Fit.GROW));
        }
        for (ToolCall c : m.toolCalls()) {
            functions.put(c.id(), c.name());
            getChildren().add(collapsed("calls " + c.name() + (c.id().isEmpty() ? "" : "  ·  " + c.id()),
                    pretty(c.arguments()), Styles.TOOL_CALL));
        }
        if (result) {
            String fn = m.name() != null ? m.name() : functions.get(m.toolCallId());
            String title = "result" + (fn == null ? "" : " of " + fn) + (m.toolCallId() == null ? "" : "  ·  " + m.toolCallId());
            getChildren().add(collapsed(title, pretty(m.content()), Styles.TOOL_RESULT));
        }
    }

    /** Whether the message is the user's turn. */
    public boolean isUser() {
        return user;
    }

    /** The tool calls of an answer as an assistant bubble (each call collapsed), or null when it calls no tool. */
    public static MessageBubble answerCalls(List<ToolCall> calls) {
        return calls.isEmpty() ? null : new MessageBubble(Message.toolCalls("", calls), new java.util.HashMap<>());
    }

    /** The bubbles of a whole conversation, tool results named after their calls. */
    public static List<MessageBubble> of(List<Message> prompt) {
        Map<String, String> functions = new java.util.HashMap<>();
        return prompt.stream().map(m -> new MessageBubble(m, functions)).toList();
    }

    private static TitledPane collapsed(String title, String body, String style) {
        Label code = new Label(body);
        code.setWrapText(true);
        code.setMaxWidth(Double.MAX_VALUE);
        code.getStyleClass().add(Styles.TOOL_CODE);
        TitledPane pane = new TitledPane(title, code);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add(style);
        return pane;
    }

    /** A JSON text indented, or the text as it is when it is not JSON. */
    static String pretty(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return n == null || !n.isContainerNode() ? text : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (IOException e) {
            return text;
        }
    }
}
