package dev.concord.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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

    @Test
    void onlyCliPrintsToStandardOut() {
        noClasses().that().resideOutsideOfPackages("dev.concord.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
