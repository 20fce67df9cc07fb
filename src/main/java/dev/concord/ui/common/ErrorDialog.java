package dev.concord.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows an {@link ErrorAdvice}: the title, what happened, what to do next. Never a stack trace. */
public final class ErrorDialog {
    public static final String ID = "errorDialog";
    public static final String HAPPENED_ID = "errorHappened";
    public static final String NEXT_ID = "errorNext";

    private ErrorDialog() {
    }

    public static Alert show(Window owner, ErrorAdvice advice) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Concord");
        alert.setHeaderText(advice.title());
        Label happened = new Label(advice.happened());
        happened.setId(HAPPENED_ID);
        happened.setWrapText(true);
        Label next = new Label("What to do: " + advice.next());
        next.setId(NEXT_ID);
        next.setWrapText(true);
        VBox body = new VBox(10, happened, next);
        body.setPrefWidth(460);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId(ID);
        alert.getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
