package dev.unhunch.platform.interrupt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.unhunch.core.breaks.Interruption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Microphone in use on macOS through CoreAudio, camera in use through CoreMediaIO: both list their
 * devices ({@code 'dev#'} of the system object) and say per device whether any process runs I/O
 * on it ({@code 'gone'}, DeviceIsRunningSomewhere). Neither needs the microphone or camera
 * permission: nothing is recorded, only the devices' state is read. Calls through JNA, bounded by
 * {@link NativeCall}. macOS only.
 *
 * <p>On macOS 14 and later the microphone check asks CoreAudio's process objects instead ({@code
 * 'prs#'}, then {@code 'piri'}, IsRunningInput per process), which say exactly who records. Before
 * that a device that both plays and records (a headset) runs while it only plays, and CoreAudio
 * does not say which direction runs: music in a headset then counts as "microphone in use".
 */
final class MacDeviceCheck implements InterruptionCheck {

    private final Interruption kind;
    private final Duration timeout;

    MacDeviceCheck(Interruption kind, Duration timeout) {
        this.kind = kind;
        this.timeout = timeout;
    }

    @Override
    public Interruption kind() {
        return kind;
    }

    @Override
    public boolean holds() throws CheckFailedException {
        return NativeCall.within(timeout, framework(), () -> {
            List<MacDevices.Device> devices = devices();
            return kind == Interruption.CAMERA ? MacDevices.filming(devices)
                    : MacDevices.recording(processesRecording(), devices);
        });
    }

    private String framework() {
        return kind == Interruption.CAMERA ? "CoreMediaIO" : "CoreAudio";
    }

    List<MacDevices.Device> devices() throws CheckFailedException {
        return kind == Interruption.CAMERA ? cameras() : audioDevices();
    }

    private static List<MacDevices.Device> audioDevices() throws CheckFailedException {
        CoreAudio audio = CoreAudioHolder.LIB;
        int[] list = address(MacDevices.DEVICES, MacDevices.SCOPE_GLOBAL);
        IntByReference size = new IntByReference();
        status("AudioObjectGetPropertyDataSize", audio.AudioObjectGetPropertyDataSize(MacDevices.SYSTEM_OBJECT, list, 0, null, size));
        int[] ids = new int[size.getValue() / 4];
        size.setValue(ids.length * 4);
        status("AudioObjectGetPropertyData", audio.AudioObjectGetPropertyData(MacDevices.SYSTEM_OBJECT, list, 0, null, size, ids));
        List<MacDevices.Device> devices = new ArrayList<>();
        for (int i = 0; i < size.getValue() / 4; i++) {
            int id = ids[i];
            IntByReference streamsSize = new IntByReference();
            int inputStreams = audio.AudioObjectGetPropertyDataSize(id,
                    address(MacDevices.STREAMS, MacDevices.SCOPE_INPUT), 0, null, streamsSize) == 0
                    ? streamsSize.getValue() / 4 : 0;
            int[] running = new int[1];
            IntByReference runningSize = new IntByReference(4);
            boolean answered = audio.AudioObjectGetPropertyData(id,
                    address(MacDevices.IS_RUNNING_SOMEWHERE, MacDevices.SCOPE_GLOBAL), 0, null, runningSize, running) == 0;
            devices.add(new MacDevices.Device(id, inputStreams, answered && running[0] != 0));
        }
        return devices;
    }

    /** Per audio process whether it records now, or null before macOS 14 (no process list). */
    static List<Boolean> processesRecording() {
        CoreAudio audio = CoreAudioHolder.LIB;
        int[] list = address(MacDevices.PROCESS_OBJECT_LIST, MacDevices.SCOPE_GLOBAL);
        IntByReference size = new IntByReference();
        if (audio.AudioObjectGetPropertyDataSize(MacDevices.SYSTEM_OBJECT, list, 0, null, size) != 0) {
            return null; // kAudioHardwareUnknownPropertyError before macOS 14
        }
        int[] ids = new int[size.getValue() / 4];
        size.setValue(ids.length * 4);
        if (ids.length > 0 && audio.AudioObjectGetPropertyData(MacDevices.SYSTEM_OBJECT, list, 0, null, size, ids) != 0) {
            return null;
        }
        List<Boolean> recording = new ArrayList<>();
        for (int i = 0; i < Math.min(ids.length, size.getValue() / 4); i++) {
            int[] running = new int[1];
            IntByReference runningSize = new IntByReference(4);
            if (audio.AudioObjectGetPropertyData(ids[i], address(MacDevices.PROCESS_IS_RUNNING_INPUT, MacDevices.SCOPE_GLOBAL),
                    0, null, runningSize, running) != 0) {
                return null; // a process list without the property: trust the devices instead
            }
            recording.add(running[0] != 0);
        }
        return recording;
    }

    private static List<MacDevices.Device> cameras() throws CheckFailedException {
        CoreMediaIO io = CoreMediaIOHolder.LIB;
        int[] list = address(MacDevices.DEVICES, MacDevices.SCOPE_GLOBAL);
        IntByReference size = new IntByReference();
        status("CMIOObjectGetPropertyDataSize", io.CMIOObjectGetPropertyDataSize(MacDevices.SYSTEM_OBJECT, list, 0, null, size));
        int[] ids = new int[size.getValue() / 4];
        IntByReference used = new IntByReference();
        status("CMIOObjectGetPropertyData", io.CMIOObjectGetPropertyData(MacDevices.SYSTEM_OBJECT, list, 0, null,
                ids.length * 4, used, ids));
        List<MacDevices.Device> devices = new ArrayList<>();
        for (int i = 0; i < used.getValue() / 4; i++) {
            int[] running = new int[1];
            IntByReference runningUsed = new IntByReference();
            boolean answered = io.CMIOObjectGetPropertyData(ids[i],
                    address(MacDevices.IS_RUNNING_SOMEWHERE, MacDevices.SCOPE_GLOBAL), 0, null, 4, runningUsed, running) == 0;
            devices.add(new MacDevices.Device(ids[i], 1, answered && running[0] != 0));
        }
        return devices;
    }

    /** An {@code AudioObjectPropertyAddress} / {@code CMIOObjectPropertyAddress}: three UInt32s in a row. */
    private static int[] address(int selector, int scope) {
        return new int[] {selector, scope, MacDevices.ELEMENT_MAIN};
    }

    private static void status(String call, int osStatus) throws CheckFailedException {
        if (osStatus != 0) {
            throw new CheckFailedException(call + " failed (OSStatus " + osStatus + ")");
        }
    }

    @Override
    public String availability() {
        try {
            int count = NativeCall.within(timeout, framework(), () -> devices().size());
            return kind == Interruption.CAMERA
                    ? "available (CoreMediaIO: a camera running somewhere; " + count + " cameras)"
                    : "available (CoreAudio: an input device running somewhere; " + count + " audio devices)";
        } catch (CheckFailedException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    /** CoreAudio's two calls used here (AudioHardware.h). */
    interface CoreAudio extends Library {
        int AudioObjectGetPropertyDataSize(int object, int[] address, int qualifierSize, Pointer qualifier,
                IntByReference dataSize);

        int AudioObjectGetPropertyData(int object, int[] address, int qualifierSize, Pointer qualifier,
                IntByReference dataSize, int[] data);
    }

    /** CoreMediaIO's two calls used here (CMIOHardwareObject.h): the data size goes in by value. */
    interface CoreMediaIO extends Library {
        int CMIOObjectGetPropertyDataSize(int object, int[] address, int qualifierSize, Pointer qualifier,
                IntByReference dataSize);

        int CMIOObjectGetPropertyData(int object, int[] address, int qualifierSize, Pointer qualifier,
                int dataSize, IntByReference dataUsed, int[] data);
    }

    /** Loaded on first use, on the bounded native thread (a missing framework fails that check only). */
    private static final class CoreAudioHolder {
        static final CoreAudio LIB = Native.load("CoreAudio", CoreAudio.class);
    }

    private static final class CoreMediaIOHolder {
        static final CoreMediaIO LIB = Native.load("CoreMediaIO", CoreMediaIO.class);
    }
}
