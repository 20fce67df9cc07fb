package dev.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.export.LayoutCheck;
import dev.concord.service.ExportScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Tag("sqlite-only")
class ExportBenchTest {
    @TempDir
    Path dir;

    @Test
    void exportBenchmarkExportsAGivenDatabaseAndLeavesItUnchanged() throws Exception {
        ExportScenario.build(dir);
        Path db = dir.resolve("concord.db");
        byte[] before = Files.readAllBytes(db);
        Path work = dir.resolve("work");

        CliTest.Run r = CliTest.run("bench", "export", "--db", db.toString(), "--dir", work.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode manifest = LayoutCheck.JSON.readTree(work.resolve("export/manifest.json").toFile());
        assertThat(r.out()).contains("database:       " + db + ", " + manifest.get("sources").get("reviewed").asLong()
                + " reviewed items", "rows/s").doesNotContain("synthesized:");
        assertThat(r.out()).contains("export:         " + manifest.get("totals").get("rows").asLong() + " rows");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
