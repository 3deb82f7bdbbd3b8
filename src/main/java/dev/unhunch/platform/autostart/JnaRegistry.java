package dev.unhunch.platform.autostart;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import java.util.Optional;

/** {@link RegistryAccess} on {@code HKEY_CURRENT_USER} through JNA's {@link Advapi32Util}; Windows only. */
public final class JnaRegistry implements RegistryAccess {

    @Override
    public Optional<String> get(String key, String name) {
        try {
            if (!Advapi32Util.registryValueExists(WinReg.HKEY_CURRENT_USER, key, name)) {
                return Optional.empty();
            }
            return Optional.of(Advapi32Util.registryGetStringValue(WinReg.HKEY_CURRENT_USER, key, name));
        } catch (Win32Exception e) {
            return Optional.empty(); // the key itself is missing
        }
    }

    @Override
    public void set(String key, String name, String value) {
        if (!Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, key)) {
            Advapi32Util.registryCreateKey(WinReg.HKEY_CURRENT_USER, key);
        }
        Advapi32Util.registrySetStringValue(WinReg.HKEY_CURRENT_USER, key, name, value);
    }

    @Override
    public void delete(String key, String name) {
        if (get(key, name).isPresent()) {
            Advapi32Util.registryDeleteValue(WinReg.HKEY_CURRENT_USER, key, name);
        }
    }
}
