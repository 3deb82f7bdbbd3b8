package dev.unhunch.app;

import static dev.unhunch.platform.ipc.IpcCommands.ARG_DURATION;
import static dev.unhunch.platform.ipc.IpcCommands.ARG_KIND;
import static dev.unhunch.platform.ipc.IpcCommands.ARG_MODE;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.PauseRequest;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.platform.ipc.IpcCommands;
import dev.unhunch.platform.ipc.IpcHandler;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns protocol requests into {@link AppControl} calls and their results into replies. Argument
 * problems become {@code bad-request} replies; nothing here throws for what a client sends.
 */
public final class ControlDispatcher implements IpcHandler {

    private final AppControl control;

    public ControlDispatcher(AppControl control) {
        this.control = control;
    }

    @Override
    public Handled handle(IpcRequest request) {
        ControlResult result;
        try {
            result = dispatch(request);
        } catch (IllegalArgumentException e) {
            return new Handled(IpcReply.failure(IpcReply.ERROR_BAD_REQUEST, e.getMessage()));
        }
        if (result == null) {
            return new Handled(IpcReply.failure(IpcReply.ERROR_UNKNOWN_COMMAND,
                    "unknown command '" + request.cmd() + "'"));
        }
        IpcReply reply = result.ok()
                ? IpcReply.success(result.message(), result.data())
                : IpcReply.failure(IpcReply.ERROR_REFUSED, result.message(), result.data());
        return new Handled(reply, result.afterReply());
    }

    /** The result, or null for an unknown command. */
    private ControlResult dispatch(IpcRequest request) {
        switch (request.cmd()) {
            case IpcCommands.STATUS:
                return control.status();
            case IpcCommands.FOLLOW:
                return control.follow();
            case IpcCommands.BREAK:
                return control.breakNow(request.text(ARG_KIND).map(ControlDispatcher::breakKind));
            case IpcCommands.STRETCH:
                return control.stretchNow();
            case IpcCommands.SNOOZE:
                return control.snooze(request.text(ARG_DURATION).map(ControlDispatcher::positive));
            case IpcCommands.SKIP:
                return control.skip();
            case IpcCommands.PAUSE:
                return control.pause(pause(request));
            case IpcCommands.RESUME:
                return control.resume();
            case IpcCommands.SETTINGS:
                return control.showSettings();
            case IpcCommands.STATS:
                return control.showStats();
            case IpcCommands.SHOW:
                return control.showStatus();
            case IpcCommands.DIAGNOSE:
                return control.diagnose();
            case IpcCommands.QUIT:
                return control.quit();
            default:
                return null;
        }
    }

    private static BreakKind breakKind(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "micro":
                return BreakKind.MICRO;
            case "long":
                return BreakKind.LONG;
            default:
                throw new IllegalArgumentException("break kind must be 'micro' or 'long', not '" + text + "'");
        }
    }

    private static PauseRequest pause(IpcRequest request) {
        String mode = request.text(ARG_MODE).orElse(IpcCommands.MODE_INDEFINITELY);
        Optional<String> duration = request.text(ARG_DURATION);
        switch (mode) {
            case IpcCommands.MODE_DURATION:
                return PauseRequest.of(positive(duration.orElseThrow(
                        () -> new IllegalArgumentException("pause for how long? 'duration' is missing"))));
            case IpcCommands.MODE_UNTIL_TOMORROW:
                return PauseRequest.untilTomorrow();
            case IpcCommands.MODE_INDEFINITELY:
                return PauseRequest.indefinitely();
            default:
                throw new IllegalArgumentException("pause mode must be 'duration', 'until-tomorrow' or 'indefinitely'");
        }
    }

    private static Duration positive(String text) {
        Duration d = DurationText.parse(text);
        if (d.isZero()) {
            throw new IllegalArgumentException("the duration must be longer than 0");
        }
        if (d.compareTo(PauseRequest.LONGEST) > 0) {
            throw new IllegalArgumentException(PauseRequest.tooLong(d));
        }
        return d;
    }
}
