package dev.unhunch.core.breaks;

/**
 * The answer to a user command. A refused command changed nothing and says why in words a person
 * understands; the CLI prints the reason and exits with status 1.
 *
 * @param accepted whether the command took effect
 * @param message the reason for a refusal, or a short confirmation
 */
public record CommandResult(boolean accepted, String message) {

    /** The command took effect. */
    public static CommandResult ok(String message) {
        return new CommandResult(true, message);
    }

    /** The command was refused; nothing changed. */
    public static CommandResult refused(String reason) {
        return new CommandResult(false, reason);
    }

    /** The exit status for a command-line client: 0 accepted, 1 refused. */
    public int exitCode() {
        return accepted ? 0 : 1;
    }
}
