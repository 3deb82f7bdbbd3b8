package dev.unhunch.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a GUI test: it runs on the {@link TestDisplay}, is skipped with the reason when no
 * display can be had, and fails instead when {@code -Dunhunch.requireDisplay=true}. A test that
 * drives windows with a robot is marked {@link RobotDriven} instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DisplayExtension.class)
public @interface RequiresDisplay {
}
