package dev.concord.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The shared half of a keyboard-driven screen's key handler: subclasses act on key presses; this class keeps
 * the character of a key that moved the focus into a text field (E for "edit correction") from being typed
 * into that field, and offers the small helpers every screen's keys use.
 */
public abstract class ScreenKeys implements EventHandler<KeyEvent> {
    /** Set when a key moved the focus into a text field: its typed character must not land there. */
    private boolean swallowTyped;

    @Override
    public final void handle(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        swallowTyped = false;
        pressed(e);
    }

    /** A key press; consume the event if it was acted on. */
    protected abstract void pressed(KeyEvent e);

    /** Moves the focus into a text field and keeps the key's own character out of it. */
    protected final boolean enterText(Runnable focus) {
        swallowTyped = true;
        focus.run();
        return true;
    }

    protected static boolean run(Runnable r) {
        r.run();
        return true;
    }

    /** The digit a key stands for ("1" for DIGIT1 or NUMPAD1), or null. */
    protected static String digitOf(KeyCode code) {
        return code.isDigitKey() ? code.getName().substring(code.getName().length() - 1) : null;
    }

    /** The node that has the keyboard focus in the view's scene, or null. */
    protected static Node focusOwner(Node view) {
        return view.getScene() == null ? null : view.getScene().getFocusOwner();
    }

    protected static boolean isTyping(Node focus) {
        return focus instanceof TextInputControl;
    }
}
