package dev.unhunch.platform.interrupt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading Windows' CapabilityAccessManager consent store, on values shaped as JNA's {@code
 * registryGetValues} returns them (REG_QWORD as Long, REG_BINARY as byte[]), taken from a Windows
 * 11 registry: a Store app that used the camera before, a desktop program recording now.
 */
class ConsentStoreTest {

    private static Map<String, Object> app(Object start, Object stop) {
        Map<String, Object> values = new HashMap<>();
        values.put("Value", "Allow");
        if (start != null) {
            values.put(ConsentStore.START, start);
        }
        if (stop != null) {
            values.put(ConsentStore.STOP, stop);
        }
        return values;
    }

    private static final long FILETIME = 133_780_000_000_000_000L; // a December 2024 FILETIME

    @Test
    void anAppWithAStartAndNoStopUsesTheDevice() {
        assertThat(ConsentStore.inUse(app(FILETIME, 0L))).isTrue();
    }

    @Test
    void anAppThatStoppedDoesNot() {
        assertThat(ConsentStore.inUse(app(FILETIME, FILETIME + 10_000_000L))).isFalse();
    }

    @Test
    void anAppThatNeverStartedDoesNot() {
        assertThat(ConsentStore.inUse(app(0L, 0L))).isFalse();
        assertThat(ConsentStore.inUse(app(null, 0L))).isFalse();
        assertThat(ConsentStore.inUse(Map.of("Value", "Deny"))).isFalse();
    }

    @Test
    void aMissingStopIsNotAZeroStop() {
        assertThat(ConsentStore.inUse(app(FILETIME, null))).isFalse();
    }

    @Test
    void valuesOfAnotherTypeReadAsNotSet() {
        assertThat(ConsentStore.inUse(app(new byte[8], 0L))).isFalse();
        assertThat(ConsentStore.inUse(app("133780000000000000", 0L))).isFalse();
    }

    @Test
    void oneAppInUseAmongManyIsEnough() {
        assertThat(ConsentStore.anyInUse(List.of(app(FILETIME, FILETIME + 1), app(FILETIME, 0L)))).isTrue();
        assertThat(ConsentStore.anyInUse(List.of(app(FILETIME, FILETIME + 1), app(0L, 0L)))).isFalse();
        assertThat(ConsentStore.anyInUse(List.of())).isFalse();
    }
}
