package dev.concord.store;

import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.function.Consumer;

/** Reads the automatic candidates, each with its generation's prompt. */
public final class CandidateRepository {
    private final Database db;

    public CandidateRepository(Database db) {
        this.db = db;
    }

    /** Streams every candidate in id order (stable across runs), prompts included. */
    public void forEach(Consumer<Candidate> consumer) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.kind, c.generation_id, c.session, "
                    + "g.prompt_json, c.chosen, c.rejected, c.reason, c.ts FROM candidates c "
                    + "JOIN generations g ON g.id = c.generation_id ORDER BY c.id")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(new Candidate(rs.getString(1), CandidateKind.fromCode(rs.getString(2)),
                                rs.getString(3), rs.getString(4), Json.messages(rs.getString(5)), rs.getString(6),
                                rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9))));
                    }
                }
            }
            return null;
        });
    }
}
