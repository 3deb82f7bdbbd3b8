package dev.unhunch.cli;

import dev.unhunch.core.time.DurationText;
import dev.unhunch.platform.ipc.IpcCommands;
import dev.unhunch.platform.ipc.IpcRequest;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The subcommands that control a running Unhunch. Each one only builds an {@link IpcRequest};
 * {@link ControlClient} sends it, so none of them needs a display.
 */
public final class ControlCommands {

    private ControlCommands() {
    }

    /** A subcommand that is sent to the running app. */
    public interface ControlCommand {
        /** The request to send. */
        IpcRequest request();

        /** Whether to print the reply as JSON. */
        boolean json();
    }

    /** The {@code --json} option every subcommand shares. */
    public static final class JsonOption {
        @Option(names = "--json", description = "Print the reply as one line of JSON (shape in docs/cli.md).")
        boolean json;
    }

    /** Common plumbing of the subcommands. */
    abstract static class Base implements ControlCommand {
        @Mixin
        JsonOption output = new JsonOption();

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Override
        public boolean json() {
            return output.json;
        }
    }

    /** {@code unhunch status}. */
    @Command(name = "status",
            description = "Show the time to the next break, pauses and snoozes.")
    public static final class Status extends Base {
        @Option(names = "--follow", description = "Keep running and print a line whenever the status line changes "
                + "(about once a minute while the timers count, at once for a notice, a break or a pause), "
                + "for status bars; ends when Unhunch quits (exit code 0).")
        boolean follow;

        @Override
        public IpcRequest request() {
            return IpcRequest.of(follow ? IpcCommands.FOLLOW : IpcCommands.STATUS);
        }
    }

    /** {@code unhunch break [micro|long]}. */
    @Command(name = "break", description = "Take a break now.")
    public static final class Break extends Base {
        @Parameters(arity = "0..1", paramLabel = "micro|long", converter = Converters.BreakKind.class,
                completionCandidates = Converters.BreakKind.class,
                description = "Which break (default: the one due next).")
        String kind;

        @Override
        public IpcRequest request() {
            return kind == null ? IpcRequest.of(IpcCommands.BREAK)
                    : IpcRequest.of(IpcCommands.BREAK, Map.of(IpcCommands.ARG_KIND, kind));
        }
    }

    /** {@code unhunch stretch}. */
    @Command(name = "stretch", description = "Do a quick chair stretch now (the micro break's routine).")
    public static final class Stretch extends Base {
        @Override
        public IpcRequest request() {
            return IpcRequest.of(IpcCommands.STRETCH);
        }
    }

    /** {@code unhunch snooze [DURATION]}. */
    @Command(name = "snooze", description = "Postpone the break being offered (or running).")
    public static final class Snooze extends Base {
        @Parameters(arity = "0..1", paramLabel = "DURATION", converter = Converters.PositiveDuration.class,
                description = "For how long, e.g. 90s, 10m, 1h30m (default: the snooze time in the settings).")
        Duration duration;

        @Override
        public IpcRequest request() {
            return duration == null ? IpcRequest.of(IpcCommands.SNOOZE)
                    : IpcRequest.of(IpcCommands.SNOOZE, Map.of(IpcCommands.ARG_DURATION, DurationText.format(duration)));
        }
    }

    /** {@code unhunch skip}. */
    @Command(name = "skip", description = "Skip the break being offered (or running).")
    public static final class Skip extends Base {
        @Override
        public IpcRequest request() {
            return IpcRequest.of(IpcCommands.SKIP);
        }
    }

    /** {@code unhunch pause [DURATION|until-tomorrow|indefinitely]}. */
    @Command(name = "pause", description = "Stop offering breaks for a while.")
    public static final class Pause extends Base {
        @Parameters(arity = "0..1", paramLabel = "DURATION|until-tomorrow|indefinitely", converter = Converters.Pause.class,
                description = "How long, e.g. 30m or 1h30m; until-tomorrow; or indefinitely (the default) until 'unhunch resume'.")
        PauseTarget target;

        @Override
        public IpcRequest request() {
            return IpcRequest.of(IpcCommands.PAUSE, (target == null ? PauseTarget.INDEFINITELY : target).args());
        }
    }

    /** {@code unhunch resume}. */
    @Command(name = "resume", description = "End a pause.")
    public static final class Resume extends Base {
        @Override
        public IpcRequest request() {
            return IpcRequest.of(IpcCommands.RESUME);
        }
    }

    /** {@code unhunch settings}. */
    @Command(name = "settings", description = "Open the settings window.")
    public static final class Settings extends Base {
        @Override
        public IpcRequest request() {
            return IpcRequest.of(IpcCommands.SETTINGS);
        }
    }

    /** {@code unhunch stats}. */
    @Command(name = "stats", description = "Show break statistics: today, the last 7 and 30 days, the streak.")
    public static final class Stats extends Base {
        @Override
        public IpcRequest request() {
            return IpcRequest.of(IpcCommands.STATS);
        }
    }

    /** {@code unhunch quit}. */
    @Command(name = "quit", description = "Quit the running Unhunch.")
    public static final class Quit extends Base {
        @Override
        public IpcRequest request() {
            return IpcRequest.of(IpcCommands.QUIT);
        }
    }
}
