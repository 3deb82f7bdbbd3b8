package dev.unhunch.platform.interrupt;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The pure part of the macOS device checks: CoreAudio's and CoreMediaIO's four-character
 * property codes, and what a list of devices means. {@link MacDeviceCheck} asks the frameworks.
 */
final class MacDevices {

    /** {@code kAudioObjectSystemObject} and {@code kCMIOObjectSystemObject}. */
    static final int SYSTEM_OBJECT = 1;
    /** {@code kAudioHardwarePropertyDevices} and {@code kCMIOHardwarePropertyDevices}. */
    static final int DEVICES = fourCharCode("dev#");
    /** {@code kAudioDevicePropertyDeviceIsRunningSomewhere}, {@code kCMIODevicePropertyDeviceIsRunningSomewhere}. */
    static final int IS_RUNNING_SOMEWHERE = fourCharCode("gone");
    /** {@code kAudioDevicePropertyStreams}. */
    static final int STREAMS = fourCharCode("stm#");
    /** {@code kAudioObjectPropertyScopeGlobal}, {@code kCMIOObjectPropertyScopeGlobal}. */
    static final int SCOPE_GLOBAL = fourCharCode("glob");
    /** {@code kAudioObjectPropertyScopeInput}. */
    static final int SCOPE_INPUT = fourCharCode("inpt");
    /** {@code kAudioHardwarePropertyProcessObjectList} (macOS 14): the processes that use audio. */
    static final int PROCESS_OBJECT_LIST = fourCharCode("prs#");
    /** {@code kAudioProcessPropertyIsRunningInput} (macOS 14): the process records now. */
    static final int PROCESS_IS_RUNNING_INPUT = fourCharCode("piri");
    /** {@code kAudioObjectPropertyElementMain}. */
    static final int ELEMENT_MAIN = 0;

    private MacDevices() {
    }

    /**
     * One device as the check sees it.
     *
     * @param inputStreams how many input streams it has (0: a speaker only)
     * @param runningSomewhere whether any process on the machine runs I/O on it now
     */
    record Device(int id, int inputStreams, boolean runningSomewhere) {
    }

    /** A four-character code ({@code 'dev#'}) as the big-endian 32-bit value the headers define. */
    static int fourCharCode(String code) {
        byte[] b = code.getBytes(StandardCharsets.US_ASCII);
        if (b.length != 4) {
            throw new IllegalArgumentException("not four characters: " + code);
        }
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    /** Whether some device that can record runs somewhere: a program records from it (or plays, on a headset). */
    static boolean recording(List<Device> devices) {
        return devices.stream().anyMatch(d -> d.inputStreams() > 0 && d.runningSomewhere());
    }

    /**
     * Whether a program records: from the processes' own answer where macOS has it (14 and later:
     * exact, a headset that only plays does not count), else from the devices.
     *
     * @param processesRecording per audio process, whether it runs input now; null when this macOS
     *     has no process list
     */
    static boolean recording(List<Boolean> processesRecording, List<Device> devices) {
        if (processesRecording != null) {
            return processesRecording.contains(Boolean.TRUE);
        }
        return recording(devices);
    }

    /** Whether some camera runs somewhere: a program films with it (every CoreMediaIO device is a camera). */
    static boolean filming(List<Device> devices) {
        return devices.stream().anyMatch(Device::runningSomewhere);
    }
}
