package dev.concord.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom bar: the open database, who is reviewing and their role, the last status message (or, while a
 * write waits for another process writing to the database, that), and progress with cancel for background work.
 */
public final class StatusBar extends HBox {
    public static final String DATABASE_ID = "databaseLabel";
    public static final String PROGRESS_ID = "taskProgress";
    public static final String CANCEL_ID = "cancelTask";
    public static final String REVIEWER_ID = "reviewerLabel";

    public static final String MESSAGE_ID = "statusMessage";

    public StatusBar(ObservableStringValue database, ObservableStringValue reviewer, ObservableStringValue status,
                     ObservableStringValue waiting,
                     TaskExecutor tasks) {
        getStyleClass().add(Styles.STATUS_BAR);
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));

        Label db = new Label();
        db.setId(DATABASE_ID);
        db.getStyleClass().add(Styles.DATABASE_LABEL);
        db.textProperty().bind(Bindings.concat("Database: ", database));

        Label who = new Label();
        who.setId(REVIEWER_ID);
        who.getStyleClass().add(Styles.DATABASE_LABEL);
        who.textProperty().bind(reviewer);

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.textProperty().bind(Bindings.when(Bindings.isNotEmpty(waiting)).then(waiting)
                .otherwise(Bindings.when(tasks.runningProperty()).then(tasks.messageProperty()).otherwise(status)));

        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setPrefWidth(180);
        bar.progressProperty().bind(tasks.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> tasks.cancel());
        cancel.disableProperty().bind(tasks.cancellableProperty().not());
        for (var n : new javafx.scene.Node[] {bar, cancel}) {
            n.visibleProperty().bind(tasks.runningProperty());
            n.managedProperty().bind(tasks.runningProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(db, who, spacer, message, bar, cancel);
    }
}
