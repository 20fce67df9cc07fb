package dev.concord.service.archfixture;

import javafx.beans.property.SimpleStringProperty;

/** Deliberately breaks "JavaFX only in ui", for {@code LayerRulesCanFailTest}. */
public final class ServiceShowingJavaFx {
    public SimpleStringProperty title() {
        return new SimpleStringProperty("title");
    }
}
