package dev.unhunch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing tool skips a test on a developer's machine and fails it in CI, never passes it. */
class ToolsTest {

    private static final String REQUIRED = "unhunch.requireDisplay";
    private final String before = System.getProperty(REQUIRED);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(REQUIRED);
        } else {
            System.setProperty(REQUIRED, before);
        }
    }

    @Test
    void aMissingToolSkipsWithTheReason() {
        System.setProperty(REQUIRED, "false");
        assertThatThrownBy(() -> Tools.require("unhunch-no-such-tool", "no-such-package"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("unhunch-no-such-tool is not on the PATH (apt-get install no-such-package)");
    }

    @Test
    void aMissingToolFailsWhereToolsAreRequired() {
        System.setProperty(REQUIRED, "true");
        assertThatThrownBy(() -> Tools.require("unhunch-no-such-tool", "no-such-package"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unhunch-no-such-tool is not on the PATH");
    }

    @Test
    void aPresentToolIsFound() {
        assertThat(Tools.require("sh", "dash")).isExecutable();
    }
}
