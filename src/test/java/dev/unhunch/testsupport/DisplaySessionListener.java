package dev.unhunch.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Settles the test display when the JUnit session opens, before any test class can start AWT.
 * Registered through {@code META-INF/services}.
 */
public class DisplaySessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDisplay.get();
    }
}
