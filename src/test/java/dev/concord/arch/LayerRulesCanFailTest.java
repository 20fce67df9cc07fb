package dev.concord.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of {@link LayerRulesTest} fails on a class that breaks it: the test-only classes in the
 * {@code archfixture} packages and {@code arch.unplaced}, which the main rules never see (they import no tests).
 * Each assertion looks for the bad class by name in the rule's report, so it fails if the rule stops catching it.
 */
class LayerRulesCanFailTest {
    /** The bad classes, and the store they call (so that the rules see what its methods take). */
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("dev.concord.service.archfixture",
            "dev.concord.model.archfixture", "dev.concord.arch.unplaced", "dev.concord.store");

    private static List<String> violationsOf(ArchRule rule, String className) {
        return rule.evaluate(BAD).getFailureReport().getDetails().stream()
                .filter(line -> line.contains(className)).toList();
    }

    @Test
    void aClassInAPackageOfNoLayerFailsTheLayers() {
        assertThat(violationsOf(LayerRulesTest.LAYERS, "dev.concord.arch.unplaced.ClassInNoLayer"))
                .anyMatch(line -> line.contains("is not contained in architecture"));
    }

    @Test
    void modelUsingTheStoreFailsTheLayers() {
        assertThat(violationsOf(LayerRulesTest.LAYERS, "dev.concord.model.archfixture.ModelReachingUp"))
                .anyMatch(line -> line.contains("dev.concord.store.Database"));
    }

    @Test
    void aServiceTakingAConnectionFailsJdbcOnlyInStore() {
        assertThat(violationsOf(LayerRulesTest.JDBC_ONLY_IN_STORE, "ServiceHoldingAConnection"))
                .anyMatch(line -> line.contains("java.sql.Connection"));
    }

    @Test
    void aServiceLambdaOverAConnectionFailsJdbcOnlyInStore() {
        assertThat(violationsOf(LayerRulesTest.JDBC_ONLY_IN_STORE, "ServiceRunningSqlWork"))
                .anyMatch(line -> line.contains("Database.inTransaction") && line.contains("SqlWork"));
    }

    @Test
    void aServiceAskingTheStoreForAConnectionFailsJdbcOnlyInStore() {
        assertThat(violationsOf(LayerRulesTest.JDBC_ONLY_IN_STORE, "ServiceOpeningAConnection"))
                .anyMatch(line -> line.contains("Database.connect()") && line.contains("java.sql.Connection"));
    }

    @Test
    void aServicePrintingFailsStandardStreamsOnlyInCli() {
        assertThat(violationsOf(LayerRulesTest.STANDARD_STREAMS_ONLY_IN_CLI, "ServicePrinting"))
                .anyMatch(line -> line.contains("java.lang.System.out"));
    }

    @Test
    void aServiceUsingJavaFxFailsJavaFxOnlyInUi() {
        assertThat(violationsOf(LayerRulesTest.JAVAFX_ONLY_IN_UI, "ServiceShowingJavaFx"))
                .anyMatch(line -> line.contains("javafx.beans.property.SimpleStringProperty"));
    }

    @Test
    void theFixturesBreakOnlyTheirOwnRule() {
        assertThat(violationsOf(LayerRulesTest.JDBC_ONLY_IN_STORE, "ServicePrinting")).isEmpty();
        assertThat(violationsOf(LayerRulesTest.STANDARD_STREAMS_ONLY_IN_CLI, "ServiceHoldingAConnection")).isEmpty();
        assertThat(violationsOf(LayerRulesTest.JAVAFX_ONLY_IN_UI, "ServicePrinting")).isEmpty();
    }
}
