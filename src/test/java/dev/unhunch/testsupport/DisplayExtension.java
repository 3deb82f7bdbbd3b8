package dev.unhunch.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs GUI tests on the shared {@link TestDisplay}, or skips / fails them when there is none. */
public class DisplayExtension implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        TestDisplay display = TestDisplay.get();
        if (display.display().isPresent()) {
            return ConditionEvaluationResult.enabled("X display " + display.display().get());
        }
        if (TestDisplay.required()) {
            throw new IllegalStateException("unhunch.requireDisplay is set but no X display is available: "
                    + display.unavailableReason());
        }
        return ConditionEvaluationResult.disabled("GUI test skipped: " + display.unavailableReason());
    }
}
