package dev.concord.arch;

import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.concord.review.Viewer;
import dev.concord.service.ReviewCsvService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layer rules of STYLE.md: every package sits in a layer and dependencies point inward, JDBC stays in store,
 * JavaFX in ui, printing in cli. {@link LayerRulesCanFailTest} shows each of these rules failing on a bad class.
 */
class LayerRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concord");

    /**
     * The layers, bottom up: model and csv use nothing of Concord; the pure core (redact, ingest, review, agreement,
     * curate, export, generate: no I/O to a database, free to use one another) uses only them; the store uses the
     * core; services use the store; the CLI and the app sit on top, with the launcher choosing between them. A
     * class in a package that is in no layer fails the rule, so a new package is placed before it is built on.
     */
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("dev.concord..")
            .layer("Launcher").definedBy("dev.concord")
            .layer("Cli").definedBy("dev.concord.cli..")
            .layer("Ui").definedBy("dev.concord.ui..")
            .layer("Service").definedBy("dev.concord.service..")
            .layer("Store").definedBy("dev.concord.store..")
            .layer("Core").definedBy("dev.concord.redact..", "dev.concord.ingest..", "dev.concord.review..",
                    "dev.concord.agreement..", "dev.concord.curate..", "dev.concord.export..", "dev.concord.generate..")
            .layer("Csv").definedBy("dev.concord.csv..")
            .layer("Model").definedBy("dev.concord.model..")
            .whereLayer("Launcher").mayOnlyAccessLayers("Cli", "Ui")
            .whereLayer("Cli").mayOnlyAccessLayers("Service", "Store", "Core", "Csv", "Model")
            .whereLayer("Ui").mayOnlyAccessLayers("Service", "Store", "Core", "Csv", "Model")
            .whereLayer("Service").mayOnlyAccessLayers("Store", "Core", "Csv", "Model")
            .whereLayer("Store").mayOnlyAccessLayers("Core", "Model")
            .whereLayer("Core").mayOnlyAccessLayers("Csv", "Model")
            .whereLayer("Csv").mayNotAccessAnyLayer()
            .whereLayer("Model").mayNotAccessAnyLayer()
            .ensureAllClassesAreContainedInArchitecture();

    /**
     * The store owns the database: connections, statements and transactions stay inside it, and code outside it
     * writes through a {@code UnitOfWork}. Besides naming a JDBC type, calling store code that hands one out or
     * takes work over one ({@code Database.inTransaction(c -> ...)}) counts: a lambda's parameter is no dependency
     * to ArchUnit.
     */
    static final ArchRule JDBC_ONLY_IN_STORE = noClasses().that().resideOutsideOfPackage("dev.concord.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .orShould(callCodeThatTakesOrReturnsJdbc());

    static final ArchRule JAVAFX_ONLY_IN_UI = noClasses().that().resideOutsideOfPackage("dev.concord.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    /** System.out, System.err and printStackTrace: commands print through picocli's writers, nothing else prints. */
    static final ArchRule STANDARD_STREAMS_ONLY_IN_CLI = noClasses().that().resideOutsideOfPackage("dev.concord.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @Test
    void everyPackageIsInALayerAndDependenciesPointInward() {
        LAYERS.check(CLASSES);
    }

    @Test
    void nothingOutsideStoreUsesJdbc() {
        JDBC_ONLY_IN_STORE.check(CLASSES);
    }

    @Test
    void nothingOutsideUiUsesJavaFx() {
        JAVAFX_ONLY_IN_UI.check(CLASSES);
    }

    /**
     * A view-model is tested without the toolkit (issue 14 §4): it may hold JavaFX properties and collections, but
     * nothing that needs the toolkit running (scenes, stages, animations, {@code Platform}); those are injected.
     */
    static final ArchRule VIEW_MODELS_NEED_NO_TOOLKIT = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..",
                    "javafx.application..", "javafx.embed..");

    @Test
    void viewModelsNeedNoToolkit() {
        VIEW_MODELS_NEED_NO_TOOLKIT.check(CLASSES);
    }

    @Test
    void onlyCliUsesTheStandardStreams() {
        STANDARD_STREAMS_ONLY_IN_CLI.check(CLASSES);
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

    private static ArchCondition<JavaClass> callCodeThatTakesOrReturnsJdbc() {
        return new ArchCondition<>("call code that takes or returns a JDBC type or work over one") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> call : origin.getCodeUnitAccessesFromSelf()) {
                    List<JavaClass> signature = new ArrayList<>(call.getTarget().getRawParameterTypes());
                    signature.add(call.getTarget().getRawReturnType());
                    for (JavaClass type : signature) {
                        if (isJdbc(type) || type.isInterface() && type.getMethods().stream()
                                .anyMatch(m -> m.getRawParameterTypes().stream().anyMatch(LayerRulesTest::isJdbc))) {
                            events.add(SimpleConditionEvent.satisfied(call, call.getDescription() + " hands over "
                                    + type.getName()));
                        }
                    }
                }
            }
        };
    }

    private static boolean isJdbc(JavaClass type) {
        return type.getPackageName().equals("java.sql") || type.getPackageName().startsWith("javax.sql");
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
}
