package dev.unhunch.platform.interrupt;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import dev.unhunch.core.breaks.Interruption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Microphone or camera in use on Windows 10 and 11, from the privacy consent store in the user's
 * registry ({@link ConsentStore}): Windows itself marks an app there while it records or films,
 * for the tray's "in use" icon. Read through JNA's {@link Advapi32Util}, bounded by {@link
 * NativeCall}. Windows only.
 */
final class WindowsConsentCheck implements InterruptionCheck {

    private final Interruption kind;
    private final String capability;
    private final Duration timeout;

    /** @param capability {@code microphone} or {@code webcam} */
    WindowsConsentCheck(Interruption kind, String capability, Duration timeout) {
        this.kind = kind;
        this.capability = capability;
        this.timeout = timeout;
    }

    static WindowsConsentCheck microphone(Duration timeout) {
        return new WindowsConsentCheck(Interruption.MICROPHONE, "microphone", timeout);
    }

    static WindowsConsentCheck camera(Duration timeout) {
        return new WindowsConsentCheck(Interruption.CAMERA, "webcam", timeout);
    }

    @Override
    public Interruption kind() {
        return kind;
    }

    @Override
    public boolean holds() throws CheckFailedException {
        return NativeCall.within(timeout, "registry " + capability, () -> ConsentStore.anyInUse(apps()));
    }

    /** Every app's values under this capability, Store apps and desktop programs. */
    List<Map<String, Object>> apps() {
        String key = ConsentStore.ROOT + "\\" + capability;
        List<Map<String, Object>> apps = new ArrayList<>();
        if (!Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, key)) {
            return apps;
        }
        for (String app : Advapi32Util.registryGetKeys(WinReg.HKEY_CURRENT_USER, key)) {
            String appKey = key + "\\" + app;
            if (app.equals(ConsentStore.NON_PACKAGED)) {
                for (String program : Advapi32Util.registryGetKeys(WinReg.HKEY_CURRENT_USER, appKey)) {
                    addValues(apps, appKey + "\\" + program);
                }
            } else {
                addValues(apps, appKey);
            }
        }
        return apps;
    }

    private static void addValues(List<Map<String, Object>> apps, String key) {
        try {
            apps.add(Advapi32Util.registryGetValues(WinReg.HKEY_CURRENT_USER, key));
        } catch (Win32Exception e) {
            // the app's key went away between listing and reading: it uses nothing
        }
    }

    @Override
    public String availability() {
        try {
            boolean present = NativeCall.within(timeout, "registry " + capability,
                    () -> Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, ConsentStore.ROOT + "\\" + capability));
            return present ? "available (registry: CapabilityAccessManager ConsentStore\\" + capability + ")"
                    : "unavailable (no ConsentStore\\" + capability + " in the registry: Windows 10 1903 or later has it)";
        } catch (CheckFailedException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
