package dev.concord.store;

import dev.concord.testing.TestDatabases;
import dev.concord.model.ProgressListener;
import dev.concord.service.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class CandidateOutputRefsTest {
    @TempDir
    Path dir;

    private Database ingested() throws Exception {
        Database db = TestDatabases.open(dir.resolve("c.db"));
        Path f = log().generation("u", "s1", "Up?", "Up answer.").up("u")
                .generation("d", "s2", "Down?", "Wrong answer.").downWithCorrection("d", "Right answer.")
                .generation("e", "s3", "Edit?", "Draft answer.").edit("e", "A completely different final text.")
                .generation("r1", "s4", "Retry?", "First try.").retry("r2", "s4", "r1", "Second try.").copy("r2")
                .writeTo(dir.resolve("log.jsonl"));
        new ImportService(db).ingest(List.of(f), ProgressListener.NONE);
        return db;
    }

    private static Map<String, String> texts(Database db) {
        Map<String, String> out = new LinkedHashMap<>();
        new ExportSourceRepository(db).forEachCandidate(c -> out.put(c.id(), c.chosen() + " | " + c.rejected()));
        return out;
    }

    @Test
    void aTextThatIsTheGenerationsOutputIsStoredAsAReferenceAndReadsBackWhole() throws Exception {
        Database db = ingested();

        assertThat(texts(db)).containsOnly(
                Map.entry("golden-eval:u", "Up answer. | null"),
                Map.entry("sft:u", "Up answer. | null"),
                Map.entry("regression-eval:d", "Right answer. | Wrong answer."),
                Map.entry("sft-corrected:d", "Right answer. | null"),
                Map.entry("dpo-correction:d", "Right answer. | Wrong answer."),
                Map.entry("dpo-edit:e", "A completely different final text. | Draft answer."),
                Map.entry("dpo-retry:r2", "Second try. | First try."));
        List<String> stored = db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, chosen, COALESCE(rejected, 'null'), output_refs FROM candidates ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getInt(4));
                }
            }
            return rows;
        });
        assertThat(stored).containsExactly("dpo-correction:d=Right answer./" + "/2", "dpo-edit:e=A completely different "
                + "final text./" + "/2", "dpo-retry:r2=/First try./1", "golden-eval:u=/null/1",
                "regression-eval:d=Right answer./" + "/2", "sft-corrected:d=Right answer./null/0", "sft:u=/null/1");
    }

    @Test
    void candidatesWrittenBeforeReferencesExistedReadAsBefore() throws Exception {
        Database db = ingested();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE candidates SET chosen = ?, rejected = ?, output_refs = 0 "
                    + "WHERE id = ?")) {
                ps.setString(1, "Up answer.");
                ps.setString(2, null);
                ps.setString(3, "sft:u");
                ps.addBatch();
                ps.setString(1, "A completely different final text.");
                ps.setString(2, "Draft answer.");
                ps.setString(3, "dpo-edit:e");
                ps.addBatch();
                ps.executeBatch();
            }
            return null;
        });

        assertThat(texts(db)).contains(Map.entry("sft:u", "Up answer. | null"),
                Map.entry("dpo-edit:e", "A completely different final text. | Draft answer."));
    }
}
