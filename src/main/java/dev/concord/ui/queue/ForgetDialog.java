package dev.concord.ui.queue;

import dev.concord.service.ForgetService;
import dev.concord.ui.common.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before forgetting a session, stating what will be erased. */
public final class ForgetDialog extends Alert {
    public static final String ID = "forgetDialog";
    /** The button that forgets. */
    public static final ButtonType FORGET = new ButtonType("Forget", ButtonBar.ButtonData.OK_DONE);

    public ForgetDialog(Window owner, String session, ForgetService.Result counted) {
        super(AlertType.CONFIRMATION, "", FORGET, ButtonType.CANCEL);
        initOwner(owner);
        setTitle("Forget session");
        setHeaderText("Forget session " + session + " and everything derived from it?");
        setContentText("This erases " + ForgetViewModel.describe(counted.erased()) + ", in one step, and cannot be undone. "
                + "A tombstone (a keyed hash, not the session id) keeps this session out of later imports of the same "
                + "log; the next export leaves it out and counts the erasure in its manifest. Exports written before "
                + "are not changed.");
        getDialogPane().setId(ID);
        getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        getDialogPane().setPrefWidth(520);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(FORGET)).setDefaultButton(false);
    }

    /** Whether the person chose Forget. */
    public boolean confirmed() {
        return showAndWait().filter(FORGET::equals).isPresent();
    }
}
