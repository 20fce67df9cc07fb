package dev.concord.ui.review;

import dev.concord.ui.review.ReviewViewModel.Mode;
import dev.concord.ui.common.ScreenKeys;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The review screen's keyboard: number keys label; arrows move between attempts; B, W, N mark best, worst,
 * none acceptable; C copies the focused attempt into the correction; E and T go to the correction and note,
 * Esc back; Ctrl+Enter submits; S skips; K lists skipped items (Enter takes one back); V reveals the last item; A toggles reveal-after-submit. While typing
 * in the correction or note only Ctrl+Enter, Esc, and Alt+key variants act. In the reveal: Enter continues,
 * R revises, D switches the diff base.
 */
final class ReviewKeys extends ScreenKeys {
    private final ReviewViewModel vm;
    private final ReviewView view;

    ReviewKeys(ReviewViewModel vm, ReviewView view) {
        this.vm = vm;
        this.view = view;
    }

    @Override
    protected void pressed(KeyEvent e) {
        Node focus = focusOwner(view);
        boolean typing = isTyping(focus);
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && (code == KeyCode.ENTER)) {
            vm.submit();
            view.requestFocus();
            e.consume();
            return;
        }
        if (typing && code == KeyCode.ESCAPE) {
            view.requestFocus();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isMetaDown() || typing && !e.isAltDown()) {
            return;
        }
        String digit = digitOf(code);
        if (act(vm.modeProperty().get(), code, digit)) {
            e.consume();
        }
    }

    private boolean act(Mode mode, KeyCode code, String digit) {
        if (mode == Mode.REVEAL) {
            return switch (code) {
                case ENTER, SPACE, ESCAPE, V -> run(vm::continueReviewing);
                case R -> run(vm::revise);
                case D -> run(vm.compare()::toggleBase);
                default -> false;
            };
        }
        if (mode == Mode.DONE) {
            return code == KeyCode.V && run(vm::reveal) || code == KeyCode.K && run(view::showSkipped);
        }
        if (mode != Mode.REVIEWING) {
            return false;
        }
        if (digit != null) {
            return vm.form().chooseKey(digit, vm.workbench().settings().labels());
        }
        return switch (code) {
            case LEFT, KP_LEFT -> run(() -> vm.form().moveFocus(-1));
            case RIGHT, KP_RIGHT -> run(() -> vm.form().moveFocus(1));
            case B -> run(vm.form()::markBest);
            case W -> run(vm.form()::markWorst);
            case N -> run(vm.form()::toggleNoneAcceptable);
            case C -> run(() -> vm.form().copyFocused(vm.itemProperty().get()));
            case E -> enterText(view::focusCorrection);
            case T -> enterText(view::focusNote);
            case S -> run(vm::skip);
            case K -> run(view::showSkipped);
            case V -> run(vm::reveal);
            case A -> run(() -> vm.revealAfterSubmitProperty().set(!vm.revealAfterSubmitProperty().get()));
            default -> false;
        };
    }
}
