package dev.concord.service;

import dev.concord.model.ProgressListener;
import dev.concord.redact.RuleFileException;
import dev.concord.review.ReviewDraft;
import dev.concord.store.Database;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project's saved rules apply to reviewers' corrections and notes, and a bad text is never saved. */
public class ProjectRulesTest {
    /** A rules file with one rule, used by the CLI tests too. */
    public static final String RULES = """
            {"rules": [{"name": "employee-id", "type": "EMPLOYEE_ID", "pattern": "\\\\bEMP-\\\\d{6}\\\\b",
              "must_match": ["EMP-123456"], "must_not_match": ["EMP-12"]}]}""";

    @TempDir
    Path dir;

    @Test
    void savedRulesRedactAReviewersCorrectionAndNoteEvenInAServiceOpenedBefore() throws Exception {
        Database db = TestDatabases.open(dir.resolve("t.db"));
        Path log = Files.writeString(dir.resolve("l.jsonl"), ForgetServiceTest.LOG);
        new ImportService(db).ingest(List.of(log), ProgressListener.NONE);
        String ann = new ReviewerService(db).add("Ann", false).id();
        try (ReviewService reviews = new ReviewService(db)) {
            new ProjectRules(db).save(RULES);
            var stored = reviews.submit(ann, "fi-g1", new ReviewDraft("wrong", "Ask EMP-123456", null, null, false,
                    "from EMP-654321"));
            assertThat(stored.correction()).isEqualTo("Ask [EMPLOYEE_ID]");
            assertThat(stored.note()).isEqualTo("from [EMPLOYEE_ID]");
        }
    }

    @Test
    void theExportsLastScanBlocksARowThatHoldsAHitOfTheProjectsRule() throws Exception {
        ReviewFixture f = new ReviewFixture(dir, 1);
        f.overlap(2);
        for (String name : List.of("Ann", "Bob")) {
            f.reviews.submit(f.reviewer(name).id(), ReviewFixture.single(1),
                    new ReviewDraft("wrong", "Ask EMP-123456 in payroll", null, null, false, null));
        }
        ExportService before = new ExportService(f.db);
        assertThat(before.export(dev.concord.curate.ExportPolicy.defaults(), dir.resolve("a"), x -> { },
                ProgressListener.NONE).tally().excluded()).doesNotContainKey(dev.concord.curate.ExclusionReason.PII);

        new ProjectRules(f.db).save(RULES);
        ExportReport after = new ExportService(f.db).export(dev.concord.curate.ExportPolicy.defaults(), dir.resolve("b"),
                x -> { }, ProgressListener.NONE);

        assertThat(after.tally().excluded().get(dev.concord.curate.ExclusionReason.PII)).isPositive();
        for (Path file : Files.walk(dir.resolve("b")).filter(Files::isRegularFile).toList()) {
            assertThat(Files.readString(file)).doesNotContain("EMP-123456");
        }
    }

    @Test
    void aTextThatFailsItsChecksIsNotSaved() throws Exception {
        Database db = TestDatabases.open(dir.resolve("t.db"));
        ProjectRules rules = new ProjectRules(db);
        rules.save(RULES);
        assertThatThrownBy(() -> rules.save(RULES.replace("EMP-12\"", "EMP-123457\"")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("project rules: rule 1 'employee-id': field 'must_not_match[0]'");
        assertThat(rules.text()).isEqualTo(RULES);
        assertThat(rules.redactor().redact("EMP-000001", null)).isEqualTo("[EMPLOYEE_ID]");
    }
}
