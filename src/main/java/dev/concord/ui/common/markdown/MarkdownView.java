package dev.concord.ui.common.markdown;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A text that may be Markdown: rendered by {@link MarkdownNodes}, or as raw text while {@link #rawProperty()} is on
 * (one switch for every view, kept for the session; Ctrl+M flips it). The nodes are built and laid out on the FX
 * thread, so a text longer than {@link #RENDER_LIMIT} characters always shows raw, with a note saying so, and of
 * a raw text at most {@link #SHOW_LIMIT} characters are shown (the note's "Copy all" copies the whole): a 1 MB
 * answer never holds up the window. Raw text
 * shows as it did before Markdown: a message as a wrapped label, an answer as a read-only, selectable text area.
 * Rendered text is not selectable; its context menu copies the raw text.
 */
public final class MarkdownView extends VBox {
    /** Characters above which a text is shown raw instead of rendered (laying out its nodes would take seconds). */
    public static final int RENDER_LIMIT = 16 * 1024;
    /** Characters of a raw text shown at most; the rest is copied by "Copy all", not laid out. */
    public static final int SHOW_LIMIT = 100_000;
    public static final KeyCombination RAW_KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    public static final String RAW_KEY_DESCRIPTION = "Messages and answers: raw text / rendered Markdown";
    private static final BooleanProperty RAW = new SimpleBooleanProperty(false);

    /** How the text sits in its parent. */
    public enum Fit {
        /** Grows with its text (a message in a scrolling conversation); raw text is a wrapped label. */
        GROW,
        /** Fills the space given and scrolls inside it (an answer on a card); raw text is a read-only text area. */
        SCROLL
    }

    private final String text;
    private final Fit fit;
    private final ChangeListener<Boolean> onRaw = (obs, old, now) -> show();
    private Node rendered;

    public MarkdownView(String text, Fit fit) {
        this.text = text == null ? "" : text;
        this.fit = fit;
        getStyleClass().add(MarkdownStyles.VIEW);
        RAW.addListener(new WeakChangeListener<>(onRaw));
        MenuItem copy = new MenuItem("Copy text");
        copy.setOnAction(e -> copy());
        MenuItem toggle = new MenuItem("Raw text / Markdown (" + RAW_KEY.getDisplayText() + ")");
        toggle.setOnAction(e -> toggleRaw());
        ContextMenu menu = new ContextMenu(copy, toggle);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        show();
    }

    /** On: every Markdown view shows its raw text. */
    public static BooleanProperty rawProperty() {
        return RAW;
    }

    public static void toggleRaw() {
        RAW.set(!RAW.get());
    }

    public String text() {
        return text;
    }

    /** Whether the text shows rendered (not raw, not over the limit). */
    public boolean isRendered() {
        return !RAW.get() && text.length() <= RENDER_LIMIT;
    }

    private void show() {
        Node body;
        if (isRendered()) {
            if (rendered == null) {
                rendered = fit == Fit.SCROLL ? scrolling(MarkdownNodes.render(text)) : MarkdownNodes.render(text);
            }
            body = rendered;
        } else {
            body = raw();
        }
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().setAll(body);
        if (text.length() > RENDER_LIMIT) {
            getChildren().add(0, note());
        }
    }

    private Node note() {
        Label note = new Label(text.length() > SHOW_LIMIT
                ? String.format("Shown as raw text, the first %,d of %,d characters.", SHOW_LIMIT, text.length())
                : String.format("Shown as raw text: %,d characters, over the %,d that are rendered as Markdown.",
                text.length(), RENDER_LIMIT));
        note.getStyleClass().add(MarkdownStyles.NOTE);
        note.setWrapText(true);
        if (text.length() <= SHOW_LIMIT) {
            return note;
        }
        Button all = new Button("Copy all");
        all.setFocusTraversable(false);
        all.setOnAction(e -> copy());
        all.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, note, all);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node raw() {
        String shown = text.length() > SHOW_LIMIT ? text.substring(0, SHOW_LIMIT) : text;
        if (fit == Fit.SCROLL) {
            TextArea area = new TextArea(shown);
            area.setEditable(false);
            area.setWrapText(true);
            area.setFocusTraversable(false);
            area.getStyleClass().add(MarkdownStyles.RAW);
            return area;
        }
        Label label = new Label(shown);
        label.setWrapText(true);
        label.getStyleClass().add(MarkdownStyles.RAW);
        return label;
    }

    private static ScrollPane scrolling(VBox document) {
        ScrollPane scroll = new ScrollPane(document);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(MarkdownStyles.DOCUMENT_SCROLL);
        return scroll;
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
