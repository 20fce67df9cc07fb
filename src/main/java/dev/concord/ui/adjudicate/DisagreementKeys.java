package dev.concord.ui.adjudicate;

import dev.concord.ui.common.ScreenKeys;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The leads' queue keyboard: J/K next and previous item; Ctrl+digit takes that reviewer's review; a digit
 * chooses a label; arrows move between attempts, B/W mark best/worst, N none acceptable; E edits the correction,
 * Esc leaves it; D shows or hides decided items; Ctrl+Enter decides.
 */
final class DisagreementKeys extends ScreenKeys {
    private final DisagreementsViewModel vm;
    private final DisagreementsView view;

    DisagreementKeys(DisagreementsViewModel vm, DisagreementsView view) {
        this.vm = vm;
        this.view = view;
    }

    @Override
    protected void pressed(KeyEvent e) {
        if (!vm.leadProperty().get()) {
            return;
        }
        Node focus = focusOwner(view);
        boolean typing = isTyping(focus);
        KeyCode code = e.getCode();
        String text = digitOf(code);
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
                case LEFT, KP_LEFT -> run(() -> vm.form().moveFocus(-1));
                case RIGHT, KP_RIGHT -> run(() -> vm.form().moveFocus(1));
                case B -> run(vm.form()::markBest);
                case W -> run(vm.form()::markWorst);
                case N -> run(vm.form()::toggleNoneAcceptable);
                case D -> run(() -> vm.showDecidedProperty().set(!vm.showDecidedProperty().get()));
                case E -> enterText(view::focusCorrection);
                default -> false;
            };
        }
        if (handled) {
            e.consume();
        }
    }

}
