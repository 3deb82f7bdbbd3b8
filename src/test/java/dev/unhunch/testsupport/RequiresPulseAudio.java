package dev.unhunch.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a sound test that starts a private {@link PulseServer}: skipped with the reason when
 * PulseAudio's tools are not installed, failed instead with {@code -Dunhunch.requireAudio=true}
 * (the pom's ci profile, active with CI=true).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPulseAudio.Condition.class)
public @interface RequiresPulseAudio {

    /** Decides per test class or method. */
    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var reason = PulseServer.unavailableReason();
            if (reason.isEmpty()) {
                return ConditionEvaluationResult.enabled("PulseAudio is installed");
            }
            if (PulseServer.required()) {
                throw new IllegalStateException("unhunch.requireAudio is set but " + reason.get());
            }
            return ConditionEvaluationResult.disabled("sound test skipped: " + reason.get());
        }
    }
}
