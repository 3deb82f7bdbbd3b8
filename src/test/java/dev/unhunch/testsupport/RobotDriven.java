package dev.unhunch.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a GUI test that drives windows with a robot (AssertJ Swing, or clicks and keys sent with
 * xdotool). It runs on the {@link TestDisplay} like any {@link RequiresDisplay} test and carries
 * the tag {@code robot}, the only tests the build runs again when they fail: on the shared X
 * server without a window manager a click now and then goes nowhere (see pom.xml).
 *
 * <p>Not for tests whose outcome depends on timing (idle alarms, file watching, the command
 * socket): a rerun would hide exactly the failures they exist to find.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("robot")
@RequiresDisplay
public @interface RobotDriven {
}
