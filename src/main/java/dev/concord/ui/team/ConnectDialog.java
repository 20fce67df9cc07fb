package dev.concord.ui.team;

import dev.concord.service.RecentConnections;
import dev.concord.ui.common.Styles;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Connect to a team database…: URL, login and password (not saved: left empty, {@code ~/.pgpass} is used),
 * a list of recent connections, and the reason when connecting failed. Enter connects, Esc cancels.
 */
public final class ConnectDialog extends Dialog<Void> {
    public static final String URL_ID = "connectUrl";
    public static final String USER_ID = "connectUser";
    public static final String PASSWORD_ID = "connectPassword";
    public static final String RECENT_ID = "connectRecent";
    public static final String ERROR_ID = "connectError";

    public ConnectDialog(Window owner, ConnectViewModel vm) {
        initOwner(owner);
        setTitle("Connect to a team database");
        setHeaderText("Your login is who you review as; the database decides what your role may do.");
        ComboBox<RecentConnections.Connection> recent = new ComboBox<>();
        recent.setId(RECENT_ID);
        recent.getItems().setAll(vm.recent());
        recent.setPromptText(recent.getItems().isEmpty() ? "No recent connections" : "Recent connections");
        recent.setMaxWidth(Double.MAX_VALUE);
        recent.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.use(now);
            }
        });
        TextField url = new TextField();
        url.setId(URL_ID);
        url.setPromptText("jdbc:postgresql://HOST[:PORT]/DATABASE");
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField user = new TextField();
        user.setId(USER_ID);
        user.textProperty().bindBidirectional(vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId(PASSWORD_ID);
        password.setPromptText("empty: from ~/.pgpass");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label error = new Label();
        error.setId(ERROR_ID);
        error.setWrapText(true);
        error.getStyleClass().add(Styles.FORM_MESSAGE);
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(6, recent, new Label("Database URL"), url, new Label("Login"), user,
                new Label("Password (never saved by Concord)"), password, error);
        box.setPrefWidth(440);
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        getDialogPane().lookupButton(connect).disableProperty().bind(vm.busyProperty());
        getDialogPane().lookupButton(connect).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.connect();
        });
        vm.connectedProperty().addListener((obs, old, now) -> {
            if (now) {
                close();
            }
        });
        setResultConverter(b -> null);
    }
}
