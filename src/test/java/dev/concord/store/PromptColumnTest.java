package dev.concord.store;

import dev.concord.testing.TestDatabases;
import dev.concord.model.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptColumnTest {
    private static final String SYSTEM = "You are Code Helper, a programming assistant for the engineering team. "
            + "Answer concisely and show code in fenced blocks.";

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("p.db"));
    }

    private static List<Message> prompt(String system, String user) {
        return List.of(new Message("system", system), Message.user(user));
    }

    private long sharedTexts() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM prompt_texts")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aLongSystemPromptIsStoredOnceAndEveryPromptReadsBackWhole() {
        List<String> columns = db.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (PromptTexts.Writer texts = new PromptTexts.Writer(c)) {
                for (int i = 0; i < 3; i++) {
                    out.add(PromptColumn.write(prompt(SYSTEM, "question " + i), texts));
                }
            }
            return out;
        });

        assertThat(sharedTexts()).isEqualTo(1);
        assertThat(columns).allSatisfy(json -> assertThat(json).contains("\"role\":\"system\",\"ref\":\"")
                .doesNotContain("Code Helper"));
        for (int i = 0; i < 3; i++) {
            String json = columns.get(i);
            List<Message> read = db.read(c -> PromptColumn.read(json, c));
            assertThat(read).isEqualTo(prompt(SYSTEM, "question " + i));
        }
    }

    @Test
    void aSecondRunReusesTheStoredTextAndShortSystemMessagesStayInline() {
        for (int run = 0; run < 2; run++) {
            db.inTransaction(c -> {
                try (PromptTexts.Writer texts = new PromptTexts.Writer(c)) {
                    return PromptColumn.write(prompt(SYSTEM, "again"), texts);
                }
            });
        }
        assertThat(sharedTexts()).isEqualTo(1);

        List<Message> shortOne = prompt("Be helpful.", "hi");
        String json = db.inTransaction(c -> {
            try (PromptTexts.Writer texts = new PromptTexts.Writer(c)) {
                return PromptColumn.write(shortOne, texts);
            }
        });
        assertThat(json).isEqualTo("[{\"role\":\"system\",\"content\":\"Be helpful.\"},{\"role\":\"user\",\"content\":\"hi\"}]");
        assertThat(sharedTexts()).isEqualTo(1);
    }

    @Test
    void columnsWrittenBeforeSharedTextsExistedReadAsBefore() {
        String old = "[{\"role\":\"system\",\"content\":\"" + SYSTEM + "\"},{\"role\":\"user\",\"content\":null},"
                + "{\"role\":\"assistant\",\"content\":\"ok\",\"extra\":[1,2]}]";
        List<Message> read = db.read(c -> PromptColumn.read(old, c));
        assertThat(read).containsExactly(new Message("system", SYSTEM),
                Message.user(""), Message.assistant("ok"));
    }

    @Test
    void aReferenceToAMissingTextIsReportedAsCorruption() {
        String json = "[{\"role\":\"system\",\"ref\":\"0123456789abcdef0123456789abcdef\"}]";
        assertThatThrownBy(() -> db.read(c -> PromptColumn.read(json, c))).isInstanceOf(StoreException.class)
                .hasMessageContaining("no shared text 0123456789abcdef0123456789abcdef");
        assertThatThrownBy(() -> db.read(c -> PromptColumn.read("{}", c))).isInstanceOf(StoreException.class)
                .hasMessageContaining("not an array");
    }
}
