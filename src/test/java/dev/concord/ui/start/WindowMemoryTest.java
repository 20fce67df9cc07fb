package dev.concord.ui.start;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.show();
    }

    @Test
    void windowGeometrySplitExportFolderAndThemeAreThereAfterARestart(FxRobot robot) {
        Path file = dir.resolve("ui.properties");
        robot.interact(() -> {
            AppPrefs prefs = new AppPrefs(file);
            WindowMemory memory = new WindowMemory(prefs);
            SplitPane split = new SplitPane(new Label("a"), new Label("b"));
            memory.track(split, "queue");
            split.setDividerPositions(0.3);
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
            prefs.put(AppPrefs.EXPORT_FOLDER, dir.resolve("exports/mine").toString());
            prefs.put(AppPrefs.THEME, "dark");
            stage.hide();
            memory.save(stage);
        });
        AtomicReference<Stage> again = new AtomicReference<>();
        AtomicReference<SplitPane> split = new AtomicReference<>();
        robot.interact(() -> {
            AppPrefs prefs = new AppPrefs(file);
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(), 300, 200));
            WindowMemory memory = new WindowMemory(prefs);
            memory.restore(s);
            SplitPane p = new SplitPane(new Label("a"), new Label("b"));
            memory.track(p, "queue");
            again.set(s);
            split.set(p);
            assertThat(prefs.get(AppPrefs.EXPORT_FOLDER)).contains(dir.resolve("exports/mine").toString());
            assertThat(prefs.theme()).isEqualTo("dark");
        });
        assertThat(again.get().getWidth()).isEqualTo(900);
        assertThat(again.get().getHeight()).isEqualTo(640);
        assertThat(again.get().getX()).isEqualTo(40);
        assertThat(again.get().getY()).isEqualTo(30);
        assertThat(split.get().getDividerPositions()[0]).isCloseTo(0.3, within(0.001));
    }
}
