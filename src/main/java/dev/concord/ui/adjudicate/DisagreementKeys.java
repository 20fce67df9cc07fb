package dev.concord.ui.adjudicate;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Disagreements keyboard: J/K next and previous item; Ctrl+digit takes that reviewer's review; a digit
 * chooses a label; E edits the correction, Esc leaves it; Ctrl+Enter decides.
 */
final class DisagreementKeys implements EventHandler<KeyEvent> {
    private final DisagreementsViewModel vm;
    private final DisagreementsView view;

    DisagreementKeys(DisagreementsViewModel vm, DisagreementsView view) {
        this.vm = vm;
        this.view = view;
    }

    /** Set when a key moved the focus into a text field: its typed character must not land there. */
    private boolean swallowTyped;

    @Override
    public void handle(KeyEvent e) {
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
        if (!vm.leadProperty().get()) {
            return;
        }
        Node focus = view.getScene() == null ? null : view.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl;
        KeyCode code = e.getCode();
        String text = code.isDigitKey() ? code.getName().substring(code.getName().length() - 1) : null;
        boolean digit = text != null;
        boolean handled;
        if (e.isShortcutDown()) {
            handled = code == KeyCode.ENTER ? run(vm::decide) : digit && vm.take(Integer.parseInt(text));
        } else if (typing) {
            handled = code == KeyCode.ESCAPE && run(view::requestFocus);
        } else if (digit) {
            handled = vm.chooseKey(text);
        } else {
            handled = switch (code) {
                case J -> run(() -> vm.move(1));
                case K -> run(() -> vm.move(-1));
                case DOWN, UP -> !(focus instanceof TableView) && run(() -> vm.move(code == KeyCode.DOWN ? 1 : -1));
                case E -> enterText(view::focusCorrection);
                default -> false;
            };
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean enterText(Runnable focus) {
        swallowTyped = true;
        focus.run();
        return true;
    }

    private static boolean run(Runnable r) {
        r.run();
        return true;
    }
}
