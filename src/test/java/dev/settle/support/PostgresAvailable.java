package dev.settle.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL-only tests, visibly, when no server is reachable; under CI ({@code CI=true}) a missing
 * server is an error instead, so a green CI run always means the PostgreSQL tests ran.
 */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresTestDatabase.embeddedRequested()) {
            return ConditionEvaluationResult.disabled("PostgreSQL-only test: the suite runs on the embedded database on request");
        }
        String reason = PostgresTestDatabase.unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL available");
        }
        if (PostgresTestDatabase.required()) {
            throw new IllegalStateException(reason + " (PostgreSQL tests must run under CI)");
        }
        System.err.println("SKIPPED (no PostgreSQL): " + context.getDisplayName() + " - " + reason);
        return ConditionEvaluationResult.disabled("SKIPPED (no PostgreSQL): " + reason);
    }
}
