package dev.concord.ui.export;

import dev.concord.curate.ExportPolicy;
import dev.concord.ui.common.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy editor marks the field an error is about (ControlsFX validation decoration), and only that one. */
@ExtendWith(ApplicationExtension.class)
class PolicyMarksTest {
    private final PolicyForm form = new PolicyForm(ExportPolicy.defaults());
    private final SimpleStringProperty error = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new PolicyEditor(form, error), 400, 700);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private static boolean marked(FxRobot robot, String id) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        java.util.List<?> marks = Decorator.getDecorations(field);
        return marks != null && !marks.isEmpty();
    }

    @Test
    void theFieldInErrorIsMarkedUntilTheErrorGoes(FxRobot robot) {
        assertThat(marked(robot, PolicyEditor.MIN_REVIEWS_ID)).isFalse();
        robot.interact(() -> {
            form.minReviews.set("x");
            error.set("Minimum reviews: 'x' is not a whole number");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked(robot, PolicyEditor.MIN_REVIEWS_ID)).isTrue();
        assertThat(marked(robot, PolicyEditor.HELD_OUT_ID)).isFalse();

        robot.interact(() -> error.set("held_out_share must lie in [0, 1], got 2.0"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked(robot, PolicyEditor.MIN_REVIEWS_ID)).as("another field's error clears this mark").isFalse();
        assertThat(marked(robot, PolicyEditor.HELD_OUT_ID)).isTrue();

        robot.interact(() -> error.set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked(robot, PolicyEditor.HELD_OUT_ID)).isFalse();
    }
}
