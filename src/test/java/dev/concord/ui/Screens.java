package dev.concord.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What the TestFX tests share: waiting for a condition on screen, and screenshots into target/screenshots. */
public final class Screens {
    public static final Path SHOTS = Path.of("target", "screenshots");

    private Screens() {
    }

    /** Waits up to 20 s for the condition, then for pending FX events. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes a snapshot of the scene, taken on the FX thread, to target/screenshots/NAME. */
    public static void shoot(Scene scene, String name) throws Exception {
        Files.createDirectories(SHOTS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", SHOTS.resolve(name).toFile());
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertThat(SHOTS.resolve(name)).exists();
    }
}
