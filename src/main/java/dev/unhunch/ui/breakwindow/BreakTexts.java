package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.Stretch;
import java.time.Duration;

/** The words the notice and the break window show, in one place so they stay consistent. */
public final class BreakTexts {

    /** Shown at the end of every routine when the catalog gives no safety note. */
    public static final String DEFAULT_SAFETY =
            "Stop if it hurts; see a doctor if pain persists or gets worse.";
    /** Shown while the user types or moves the mouse during a break. */
    public static final String PAUSED_WHILE_ACTIVE =
            "Paused while you type \u2014 the break continues when you stop.";
    /** Shown when nothing in the catalog fits the break. */
    public static final String JUST_REST =
            "Look away from the screen, breathe out slowly and let your shoulders drop.";

    private BreakTexts() {
    }

    /** "Micro break" or "Long break". */
    public static String kindTitle(BreakKind kind) {
        return kind == BreakKind.LONG ? "Long break" : "Micro break";
    }

    /** A short time: "12 s" under a minute, "4:05" above. Rounds up, so 0.2 s shows as "1 s". */
    public static String shortTime(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        return s < 60 ? s + " s" : (s / 60) + ":" + String.format(java.util.Locale.ROOT, "%02d", s % 60);
    }

    /** "Snooze 5 min (2 left)"; the count is left out when no snooze limit applies. */
    public static String snoozeLabel(Duration snoozeLength, BreakPrompt prompt) {
        long minutes = Math.max(1, snoozeLength.toMinutes());
        String label = "Snooze " + minutes + " min";
        return prompt.maxSnoozes() > 0 ? label + " (" + prompt.snoozesLeft() + " left)" : label;
    }

    /** What to do during a moment, as a short label over the hold countdown. */
    public static String momentAction(Moment.Kind kind) {
        return switch (kind) {
            case SETUP -> "Get ready";
            case HOLD -> "Hold";
            case MOVE -> "Keep moving";
            case REST -> "Rest";
            case SWITCH_SIDES -> "Switch sides";
        };
    }

    /** "Repetition 3 of 10", or empty for setup and side changes. */
    public static String repetition(Moment m) {
        return m.repetition() > 0 ? "Repetition " + m.repetition() + " of " + m.repetitions() : "";
    }

    /** "Left side, then right", "Right side" or empty for stretches done on both sides at once. */
    public static String side(Side side) {
        return switch (side) {
            case LEFT -> "Left side, then right";
            case RIGHT -> "Right side";
            case NONE -> "";
        };
    }

    /** One helpful line about a stretch: its caution first, otherwise how to make it easier. */
    public static String hint(Stretch s) {
        if (!s.cautions().isEmpty()) {
            return "Careful: " + s.cautions().get(0);
        }
        return s.easier().map(e -> "Easier: " + e).orElse("");
    }

    /** The easier and harder variations, for a tooltip; empty if the source gives neither. */
    public static String variations(Stretch s) {
        StringBuilder b = new StringBuilder();
        s.easier().ifPresent(e -> b.append("Easier: ").append(e));
        s.harder().ifPresent(h -> b.append(b.length() > 0 ? "\n" : "").append("Harder: ").append(h));
        return b.toString();
    }

    /** A refused command's reason as a polite sentence: "Sorry, snooze limit reached (3 of 3)." */
    public static String refusal(String reason) {
        String r = reason == null || reason.isBlank() ? "that is not possible right now" : reason.strip();
        return "Sorry, " + r + (r.endsWith(".") ? "" : ".");
    }

    /** "Source: <title>" with the full credit for a tooltip. */
    public static String sourceLine(Stretch s) {
        return "Source: " + s.source().title();
    }
}
