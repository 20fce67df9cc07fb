package dev.concord.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.concord.review.Viewer;
import dev.concord.service.ReviewCsvService;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rules of STYLE.md: dependencies point inward, JavaFX stays in ui, printing stays in cli. */
class LayerRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concord");

    @Test
    void nothingOutsideUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.concord.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingElseOfConcord() {
        noClasses().that().resideInAPackage("dev.concord.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concord.redact..", "dev.concord.ingest..",
                        "dev.concord.curate..", "dev.concord.store..", "dev.concord.agreement..", "dev.concord.export..",
                        "dev.concord.service..", "dev.concord.cli..", "dev.concord.ui..")
                .check(CLASSES);
    }

    @Test
    void csvIsABottomLayerBesideModel() {
        noClasses().that().resideInAPackage("dev.concord.csv..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concord.model..", "dev.concord.redact..",
                        "dev.concord.ingest..", "dev.concord.review..", "dev.concord.curate..", "dev.concord.store..",
                        "dev.concord.agreement..", "dev.concord.export..", "dev.concord.generate..", "dev.concord.service..",
                        "dev.concord.cli..", "dev.concord.ui..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.concord.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concord.csv..")
                .check(CLASSES);
    }

    @Test
    void coreLayersDoNotReachUpToServiceCliOrUi() {
        noClasses().that().resideInAnyPackage("dev.concord.redact..", "dev.concord.ingest..", "dev.concord.curate..",
                        "dev.concord.store..", "dev.concord.agreement..", "dev.concord.export..", "dev.concord.generate..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concord.service..", "dev.concord.cli..", "dev.concord.ui..")
                .check(CLASSES);
    }

    @Test
    void serviceDoesNotKnowCliOrUi() {
        noClasses().that().resideInAPackage("dev.concord.service..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concord.cli..", "dev.concord.ui..")
                .check(CLASSES);
    }

    @Test
    void uiAndCliDoNotTouchTheStoreInternals() {
        noClasses().that().resideInAnyPackage("dev.concord.ui..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("Jdbc")
                .check(CLASSES);
    }

    /**
     * Blindness: the store classes that return reviews or per-item labels are read only by services, which take
     * the viewer and apply review.Visibility; the screens and the commands never reach them directly.
     */
    @Test
    void uiAndCliReadReviewsOnlyThroughServicesThatTakeTheViewer() {
        noClasses().that().resideInAnyPackage("dev.concord.ui..", "dev.concord.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.concord.store.ReviewRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.concord.store.ReviewRatingsRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.concord.store.AdjudicationRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.concord.store.ExportSourceRepository")
                .check(CLASSES);
    }

    /**
     * Every service method that returns reviews or per-item labels takes the viewer: the reveal, the agreement
     * analysis of the store (its drill-down and per-item rows), one item's reviews, the reviews CSV export.
     */
    @Test
    void serviceMethodsThatReturnReviewsOrItemLabelsTakeTheViewer() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("dev.concord.service..").and().arePublic()
                .and().haveNameMatching("reveal|analyseStore|itemReviews")
                .should(takeAViewer()).check(CLASSES);
        methods().that().areDeclaredIn(ReviewCsvService.class).and().arePublic().and().haveName("export")
                .should(takeAViewer()).check(CLASSES);
    }

    private static ArchCondition<JavaMethod> takeAViewer() {
        return new ArchCondition<>("take a Viewer") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Viewer.class))) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " returns reviews or per-item labels without taking the viewer"));
                }
            }
        };
    }

    @Test
    void onlyCliPrintsToStandardOut() {
        noClasses().that().resideOutsideOfPackages("dev.concord.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
