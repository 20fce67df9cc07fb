package dev.concord.ui;

import dev.concord.store.Database;
import javafx.application.Platform;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every store connection opened on the FX thread (with the first frames of where it was opened), for the
 * tests that the FX thread never reads or writes the store. {@link #stop()} ends the recording.
 */
final class FxThreadConnections {
    private final List<String> opened = new CopyOnWriteArrayList<>();

    private FxThreadConnections() {
    }

    static FxThreadConnections record() {
        FxThreadConnections r = new FxThreadConnections();
        Database.checkEachConnection(() -> {
            if (Platform.isFxApplicationThread()) {
                r.opened.add(Arrays.stream(new Throwable().getStackTrace()).skip(1).limit(14).map(String::valueOf)
                        .reduce((a, b) -> a + "\n  " + b).orElse(""));
            }
        });
        return r;
    }

    static void stop() {
        Database.checkEachConnection(null);
    }

    /** Where connections were opened on the FX thread, oldest first. */
    List<String> opened() {
        return List.copyOf(opened);
    }
}
