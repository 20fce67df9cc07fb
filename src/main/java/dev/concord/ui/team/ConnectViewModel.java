package dev.concord.ui.team;

import dev.concord.service.RecentConnections;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.List;
import java.util.function.Consumer;

/**
 * The Connect to a team database form: URL, login, password (held only until the connection is tried, never
 * saved; left empty, the PostgreSQL password file {@code ~/.pgpass} is used), the recent connections, and the
 * error to show when connecting failed.
 */
public final class ConnectViewModel {
    /** Connects in the background; calls exactly one of the two callbacks on the FX thread. */
    @FunctionalInterface
    public interface Connector {
        void connect(String url, String user, String password, Runnable onDone, Consumer<String> onError);
    }

    private final RecentConnections recent;
    private final Connector connector;
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();

    public ConnectViewModel(RecentConnections recent, Connector connector) {
        this.recent = recent;
        this.connector = connector;
        List<RecentConnections.Connection> last = recent.list();
        if (!last.isEmpty()) {
            use(last.get(0));
        }
    }

    /** The connections made before, newest first. */
    public List<RecentConnections.Connection> recent() {
        return recent.list();
    }

    /** Fills the form from a recent connection (the password stays to be typed, or comes from ~/.pgpass). */
    public void use(RecentConnections.Connection c) {
        url.set(c.url());
        user.set(c.user());
        password.set("");
    }

    /** Whether the form can be sent: a PostgreSQL URL and a login. */
    public boolean ready() {
        return url.get() != null && url.get().strip().startsWith("jdbc:postgresql://")
                && url.get().strip().length() > "jdbc:postgresql://".length() && user.get() != null
                && !user.get().isBlank();
    }

    /** Tries to connect; the password field is cleared whatever happens. */
    public void connect() {
        if (!ready()) {
            error.set("Give a URL jdbc:postgresql://HOST[:PORT]/DATABASE and your login.");
            return;
        }
        String pw = password.get();
        password.set("");
        error.set("");
        busy.set(true);
        connector.connect(url.get().strip(), user.get().strip(), pw, () -> {
            busy.set(false);
            connected.set(true);
        }, why -> {
            busy.set(false);
            error.set(why);
        });
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last try failed, in a sentence; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Set once a connection succeeded (the dialog then closes). */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }
}
