package dev.concord.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL test run covers the store, service and cli tests (the pom's {@code postgresql} execution includes
 * only those). With {@code -Dtest=...} Surefire ignores that execution's includes, so a targeted run would also start
 * the UI and core tests against PostgreSQL, where those written for a SQLite file fail for no fault of the code.
 * This condition (registered for every test by the JUnit Platform's extension auto-detection) skips them there.
 */
public final class BackendScope implements ExecutionCondition {
    private static final String[] SHARED = {"dev.concord.store", "dev.concord.service", "dev.concord.cli"};

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String backend = System.getProperty("concord.test.backend", "sqlite");
        String pkg = context.getTestClass().map(c -> c.getPackageName()).orElse("");
        return runsOn(backend, pkg) ? ConditionEvaluationResult.enabled("runs on " + backend)
                : ConditionEvaluationResult.disabled("the " + backend + " run covers the store, service and cli tests only");
    }

    /** Whether tests of this package run in the test run of this backend. */
    static boolean runsOn(String backend, String pkg) {
        if (!"postgresql".equals(backend)) {
            return true;
        }
        for (String shared : SHARED) {
            if (pkg.equals(shared) || pkg.startsWith(shared + ".")) {
                return true;
            }
        }
        return false;
    }
}
