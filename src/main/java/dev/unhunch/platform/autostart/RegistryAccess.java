package dev.unhunch.platform.autostart;

import java.util.Optional;

/** The few registry operations autostart needs, on {@code HKEY_CURRENT_USER}; injectable for tests. */
public interface RegistryAccess {

    /** The string value {@code name} under {@code key}, if present. */
    Optional<String> get(String key, String name);

    /** Sets a string value ({@code REG_SZ}), creating the key if needed. */
    void set(String key, String name, String value);

    /** Deletes a value; nothing happens when it is absent. */
    void delete(String key, String name);
}
