package dev.concord.ui;

import dev.concord.store.Database;
import dev.concord.ui.common.DirectTaskExecutor;
import dev.concord.ui.start.AppPrefs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFolderMemoryTest {
    @TempDir
    Path dir;

    @Test
    void theNextExportStartsBesideTheLastExportFolder() {
        Database db = Database.openSqlite(dir.resolve("c.db"));
        AppPrefs prefs = new AppPrefs(dir.resolve("ui.properties"));
        AppWiring wiring = new AppWiring(new DirectTaskExecutor(), new DirectTaskExecutor(), new DirectTaskExecutor());
        assertThat(wiring.remembering(prefs).export(db).outFolderProperty().get())
                .isEqualTo(dir.resolve("exports").resolve("export-" + LocalDate.now()).toString());
        prefs.put(AppPrefs.EXPORT_FOLDER, dir.resolve("shared/evals/round-1").toString());
        assertThat(wiring.export(db).outFolderProperty().get())
                .isEqualTo(dir.resolve("shared/evals").resolve("export-" + LocalDate.now()).toString());
    }
}
