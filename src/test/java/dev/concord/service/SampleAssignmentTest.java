package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.model.FlaggedItem;
import dev.concord.model.ProgressListener;
import dev.concord.review.AssignmentMode;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.store.Database;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario on the bundled sample data: three reviewers, twenty items each, one after another. */
class SampleAssignmentTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1} items reviewed by more than one person")
    @CsvSource({"COMPLETE_FIRST, 20", "SPREAD_FIRST, 0"})
    void threeReviewersOfTwentyItemsEachOverlapOnlyWhenCompletingFirst(AssignmentMode mode, int shared) throws Exception {
        Database db = TestDatabases.open(dir.resolve("sample.db"));
        List<Path> logs;
        try (Stream<Path> s = Files.list(Path.of("sample-data"))) {
            logs = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        new ImportService(db).ingest(logs, ProgressListener.NONE);
        new ProjectSettingsService(db).save(new ReviewSettings(LabelSet.defaults(), 3, mode, 5));
        ReviewerService people = new ReviewerService(db);
        Map<String, Integer> reviewsPerItem = new HashMap<>();
        try (ReviewService reviews = new ReviewService(db)) {
            for (String name : List.of("Ann", "Bob", "Cat")) {
                Reviewer r = people.add(name, false);
                for (int i = 0; i < 20; i++) {
                    FlaggedItem item = reviews.next(r.id()).orElseThrow();
                    reviews.submit(r.id(), item.id(), ReviewDraft.labelOnly("good"));
                    reviewsPerItem.merge(item.id(), 1, Integer::sum);
                }
            }
        }
        long overlapping = reviewsPerItem.values().stream().filter(n -> n > 1).count();
        assertThat(overlapping).isEqualTo(shared);
        assertThat(reviewsPerItem.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
    }
}
