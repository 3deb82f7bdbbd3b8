package dev.unhunch.platform.interrupt;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.unhunch.core.breaks.Interruption;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program records from a microphone: PulseAudio (or PipeWire's pulse server) has a recording
 * stream (source-output) that is running (not corked) on a source that is not a sink's monitor
 * (recording what is played, as screen recorders and level meters do, is no call). Asked through
 * {@code pactl -f json} (pulseaudio-utils 16 and later), two bounded calls.
 */
final class MicrophoneCheck implements InterruptionCheck {

    private final BoundedCommand command;

    MicrophoneCheck(BoundedCommand command) {
        this.command = command;
    }

    @Override
    public Interruption kind() {
        return Interruption.MICROPHONE;
    }

    @Override
    public boolean holds() throws CheckFailedException {
        String outputs = command.run(List.of("pactl", "-f", "json", "list", "source-outputs"));
        if (outputs.isBlank() || outputs.strip().equals("[]")) {
            return false; // nothing records: no need to ask about the sources
        }
        String sources = command.run(List.of("pactl", "-f", "json", "list", "sources"));
        return recording(sources, outputs);
    }

    /**
     * Whether any running recording stream in {@code outputsJson} reads a source of {@code
     * sourcesJson} that is not a monitor.
     */
    static boolean recording(String sourcesJson, String outputsJson) throws CheckFailedException {
        try {
            Set<Object> monitors = new HashSet<>();
            for (Object o : JSON.std.listFrom(sourcesJson)) {
                if (o instanceof Map<?, ?> source && isMonitor(source)) {
                    monitors.add(number(source.get("index")));
                }
            }
            for (Object o : JSON.std.listFrom(outputsJson)) {
                if (o instanceof Map<?, ?> output && !Boolean.TRUE.equals(output.get("corked"))
                        && !"peaks".equals(output.get("resample_method")) // a volume meter's peak stream
                        && !monitors.contains(number(output.get("source")))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            throw new CheckFailedException("pactl printed something that is not its JSON: " + e.getMessage());
        }
    }

    /** pactl 16 names the monitored sink in {@code monitor_source} (empty for a real source). */
    private static boolean isMonitor(Map<?, ?> source) {
        Object monitorOf = source.get("monitor_source");
        Object name = source.get("name");
        return (monitorOf instanceof String s && !s.isEmpty())
                || (name instanceof String n && n.endsWith(".monitor"));
    }

    private static Object number(Object value) {
        return value instanceof Number n ? (Object) n.longValue() : String.valueOf(value);
    }

    @Override
    public String availability() {
        if (!BoundedCommand.onPath("pactl")) {
            return "unavailable (no pactl: install pulseaudio-utils)";
        }
        try {
            command.run(List.of("pactl", "-f", "json", "list", "source-outputs"));
            return "available (pactl: PulseAudio or PipeWire recording streams)";
        } catch (CheckFailedException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
