package dev.concord.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.function.Predicate;

/**
 * ControlsFX validation decorations for a form whose view-model reports one error message at a time: the control
 * the message is about gets an error mark (the message is its tooltip), and the marks follow the message as it
 * changes (fixing one field can clear another's mark, as with a minimum and a maximum).
 */
public final class ErrorMarks {
    private final ValidationSupport support = new ValidationSupport();
    private final ObservableStringValue error;

    public ErrorMarks(ObservableStringValue error) {
        this.error = error;
        error.addListener((obs, old, now) -> support.revalidate());
    }

    /** Marks the control while the error message is {@code about} it. */
    public void mark(Control control, Predicate<String> about) {
        support.registerValidator(control, false, (Control c, Object value) -> {
            String e = error.get();
            return ValidationResult.fromErrorIf(c, e, e != null && !e.isBlank() && about.test(e));
        });
    }

    /** Whether some control is marked. */
    public boolean invalid() {
        return Boolean.TRUE.equals(support.isInvalid());
    }

    /** The message on the control, if it is marked. */
    public java.util.Optional<String> messageOn(Control control) {
        return support.getHighestMessage(control).map(org.controlsfx.validation.ValidationMessage::getText);
    }
}
