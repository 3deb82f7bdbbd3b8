package dev.unhunch.platform.interrupt;

import java.util.Collection;
import java.util.Map;

/**
 * How Windows 10 and 11 record which apps use the microphone or camera: under {@code
 * HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\<capability>}
 * one subkey per Store app and, under {@code NonPackaged}, one per desktop program (its path with
 * {@code #} for {@code \}). Each holds {@code LastUsedTimeStart} and {@code LastUsedTimeStop}
 * (REG_QWORD FILETIMEs): while the app uses the device the start is set and the stop is 0. The
 * pure reading of those values lives here; {@link WindowsConsentCheck} reads the registry.
 */
final class ConsentStore {

    /** The key of all capabilities, under HKEY_CURRENT_USER. */
    static final String ROOT = "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore";
    /** The subkey that holds desktop (non-Store) programs. */
    static final String NON_PACKAGED = "NonPackaged";
    static final String START = "LastUsedTimeStart";
    static final String STOP = "LastUsedTimeStop";

    private ConsentStore() {
    }

    /** Whether one app's values say it uses the device now: a start that is set and a stop of 0. */
    static boolean inUse(Map<String, ?> values) {
        return filetime(values.get(START)) > 0 && values.containsKey(STOP) && filetime(values.get(STOP)) == 0;
    }

    /** Whether any of the apps' values say the device is in use now. */
    static boolean anyInUse(Collection<? extends Map<String, ?>> apps) {
        return apps.stream().anyMatch(ConsentStore::inUse);
    }

    /**
     * A FILETIME as JNA's {@code registryGetValues} hands it over: a Long for REG_QWORD; anything
     * else (missing, another type) reads as 0, "not set".
     */
    private static long filetime(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer i) {
            return i & 0xFFFF_FFFFL;
        }
        return 0;
    }
}
