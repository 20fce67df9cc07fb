package dev.concord.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.curate.ExportPolicy;
import dev.concord.export.LayoutCheck;
import dev.concord.export.PolicyJson;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import dev.concord.store.SettingsRepository;
import dev.concord.store.StoreException;
import dev.concord.store.WalAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("sqlite-only")
class ReadOnlyExportTest {
    @TempDir
    Path dir;

    @Test
    void exportsFromADatabaseOpenedReadOnlyAndWritesNothingBesideIt() throws Exception {
        Database writable = ExportScenario.build(dir);
        Path file = dir.resolve("concord.db");
        byte[] before = Files.readAllBytes(file);
        Database db = Database.openSqliteReadOnly(file);
        assertThat(db.isReadOnly()).isTrue();
        ExportPolicy policy = ExportPolicy.defaults().with(ExportPolicy.DpoLayout.OPENAI);
        Path out = dir.resolve("out");
        ExportReport r = ExportSafetyTest.at(db, "2026-12-01T10:00:00Z").export(policy, out, x -> { }, ProgressListener.NONE);
        assertThat(r.tally().totalRows()).isPositive();
        JsonNode manifest = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(PolicyJson.parse("manifest", manifest.get("policy").toString())).isEqualTo(policy);
        assertThat(Files.readAllBytes(file)).as("the database file is not written").isEqualTo(before);
        assertThat(dir.resolve("concord.db-wal")).doesNotExist();
        assertThat(dir.resolve("concord.db-shm")).doesNotExist();
        assertThat(new ExportService(writable).savedPolicy()).as("the policy lives in the manifest").isEmpty();
    }

    @Test
    void aReadOnlyDatabaseRefusesWrites() throws Exception {
        ExportScenario.build(dir);
        Database db = Database.openSqliteReadOnly(dir.resolve("concord.db"));
        assertThatThrownBy(() -> new SettingsRepository(db).put("x", "y")).isInstanceOf(StoreException.class);
    }

    @Test
    void readOnlyOpenReadsWhatIsStillInTheWriteAheadLog() throws Exception {
        Database writable = ExportScenario.build(dir);
        try (WalAnchor anchor = WalAnchor.hold(writable)) {
            new SettingsRepository(writable).put("note", "only in the log");
            assertThat(dir.resolve("concord.db-wal")).exists();
            Database db = Database.openSqliteReadOnly(dir.resolve("concord.db"));
            assertThat(new SettingsRepository(db).get("note")).contains("only in the log");
        }
    }

    @Test
    void aReadOnlyDatabaseThatNeedsAnUpgradeIsRefusedWithAClearMessage() throws Exception {
        Database writable = ExportScenario.build(dir);
        writable.inTransaction(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = "
                        + "(SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history)");
            }
        });
        assertThatThrownBy(() -> Database.openSqliteReadOnly(dir.resolve("concord.db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("read-only")
                .hasMessageContaining("older version");
    }

    @Test
    void aMissingFileIsNotCreatedByAReadOnlyOpen() {
        Path file = dir.resolve("missing.db");
        assertThatThrownBy(() -> Database.openSqliteReadOnly(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not exist");
        assertThat(file).doesNotExist();
    }
}
