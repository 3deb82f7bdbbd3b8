package dev.unhunch.cli;

import dev.unhunch.core.time.DurationText;
import dev.unhunch.platform.ipc.IpcCommands;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What {@code unhunch pause} was given, as protocol arguments. */
public record PauseTarget(String mode, Optional<Duration> duration) {

    public static final PauseTarget UNTIL_TOMORROW = new PauseTarget(IpcCommands.MODE_UNTIL_TOMORROW, Optional.empty());
    public static final PauseTarget INDEFINITELY = new PauseTarget(IpcCommands.MODE_INDEFINITELY, Optional.empty());

    /** A pause of the given length. */
    public static PauseTarget forDuration(Duration d) {
        return new PauseTarget(IpcCommands.MODE_DURATION, Optional.of(d));
    }

    /** The {@code args} of the pause request. */
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(IpcCommands.ARG_MODE, mode);
        duration.ifPresent(d -> args.put(IpcCommands.ARG_DURATION, DurationText.format(d)));
        return args;
    }
}
