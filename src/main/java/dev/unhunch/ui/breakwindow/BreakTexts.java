package dev.unhunch.ui.breakwindow;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.PlannedStretch;
import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;

/**
 * The words the notice and the break window show, in one place so they stay consistent. Each
 * call words it in the language in use now (see {@link Texts}).
 */
public final class BreakTexts {

    private BreakTexts() {
    }

    /** Shown at the end of every routine when the catalog gives no safety note. */
    public static String defaultSafety() {
        return Texts.text("break.safety");
    }

    /** Shown while the user types or moves the mouse during a break. */
    public static String pausedWhileActive() {
        return Texts.text("break.pausedWhileActive");
    }

    /** Shown when nothing in the catalog fits the break. */
    public static String justRest() {
        return Texts.text("break.justRest");
    }

    /** "Micro break" or "Long break". */
    public static String kindTitle(BreakKind kind) {
        return Texts.text(kind == BreakKind.LONG ? "kind.long" : "kind.micro");
    }

    /** A short time: "12 s" under a minute, "4:05" above. Rounds up, so 0.2 s shows as "1 s". */
    public static String shortTime(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        return s < 60 ? Texts.text("time.seconds", String.valueOf(s))
                : (s / 60) + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }

    /** The break's time left: "25 s left", "4:05 left". */
    public static String timeLeft(Duration d) {
        return Texts.text("break.timeLeft", shortTime(d));
    }

    /** "Snooze 5 min (2 left)"; the count is left out when no snooze limit applies. */
    public static String snoozeLabel(Duration snoozeLength, BreakPrompt prompt) {
        return LiveTexts.Mnemonic.of(Texts.text(snoozeKey(prompt), snoozeArgs(snoozeLength, prompt))).text();
    }

    /** Labels a snooze button as {@link #snoozeLabel}, with its mnemonic, and keeps it for a change of language. */
    public static void labelSnooze(AbstractButton button, Duration snoozeLength, BreakPrompt prompt) {
        LiveTexts.text(button, snoozeKey(prompt), snoozeArgs(snoozeLength, prompt));
    }

    private static String snoozeKey(BreakPrompt prompt) {
        return prompt.maxSnoozes() > 0 ? "break.snoozeForLeft" : "break.snoozeFor";
    }

    private static Object[] snoozeArgs(Duration snoozeLength, BreakPrompt prompt) {
        long minutes = Math.max(1, snoozeLength.toMinutes());
        return new Object[] {String.valueOf(minutes), String.valueOf(prompt.snoozesLeft())};
    }

    /**
     * What to do at a point of a moment, given the time left in it: "Get into position" or
     * "Switch sides" during its lead time, then what its step asks for. The countdown beside it
     * runs on through both, so nothing stands still while the user gets ready.
     */
    public static String momentAction(Moment m, Duration leftInMoment) {
        if (leftInMoment.compareTo(m.hold()) > 0) {
            switch (m.lead()) {
                case GET_INTO_POSITION:
                    return Texts.text("moment.getIntoPosition");
                case OTHER_SIDE:
                    return Texts.text("moment.switchSides");
                default:
                    break;
            }
        }
        return momentAction(m.kind());
    }

    /** What a kind of moment asks for, as a short label over the hold countdown. */
    public static String momentAction(Moment.Kind kind) {
        return Texts.text(switch (kind) {
            case HOLD -> "moment.hold";
            case MOVE -> "moment.move";
            case REST -> "moment.rest";
        });
    }

    /**
     * The source's dose for the stretch of a moment: "Full dose: Hold 30 s.", or when the break
     * gives less, "Quick version (1 of 3 repetitions) — full dose: Hold 30 s, 3 times on each
     * side." A shortened dose is never presented as the full one.
     */
    public static String dose(Moment m) {
        PlannedStretch p = m.planned();
        String dose = StretchTexts.dose(p.stretch());
        return p.scaledDown()
                ? Texts.text("break.quickDose", String.valueOf(p.repetitions()), String.valueOf(p.fullRepetitions()), dose)
                : Texts.text("break.fullDose", dose);
    }

    /** The caution shown under every stretch: the catalog's first general caution. */
    public static String cautionWhileStretching() {
        List<String> all = StretchTexts.generalCautions();
        return all.isEmpty() ? "" : all.get(0);
    }

    /** The catalog's other general cautions, for the end of the routine (advice for the week). */
    public static String cautionsAtTheEnd() {
        List<String> all = StretchTexts.generalCautions();
        return all.size() < 2 ? "" : String.join(" ", all.subList(1, all.size()));
    }

    /** "Repetition 3 of 10". */
    public static String repetition(Moment m) {
        return m.repetition() > 0
                ? Texts.text("break.repetition", String.valueOf(m.repetition()), String.valueOf(m.repetitions()))
                : "";
    }

    /** "Left side, then right", "Right side" or empty for stretches done on both sides at once. */
    public static String side(Side side) {
        return switch (side) {
            case LEFT -> Texts.text("side.left");
            case RIGHT -> Texts.text("side.right");
            case NONE -> "";
        };
    }

    /** One helpful line about a stretch: its caution first, otherwise how to make it easier. */
    public static String hint(Stretch s) {
        if (!s.cautions().isEmpty()) {
            return Texts.text("break.careful", StretchTexts.cautions(s).get(0));
        }
        return StretchTexts.easier(s).map(e -> Texts.text("break.easier", e)).orElse("");
    }

    /** The easier and harder variations, for a tooltip; empty if the source gives neither. */
    public static String variations(Stretch s) {
        StringBuilder b = new StringBuilder();
        StretchTexts.easier(s).ifPresent(e -> b.append(Texts.text("break.easier", e)));
        StretchTexts.harder(s).ifPresent(h -> b.append(b.length() > 0 ? "\n" : "").append(Texts.text("break.harder", h)));
        return b.toString();
    }

    /** A refused command's reason as a polite sentence: "Sorry, snooze limit reached (3 of 3)." */
    public static String refusal(String reason) {
        String r = reason == null || reason.isBlank() ? Texts.text("break.notPossible") : reason.strip();
        return Texts.text("break.refusal", r.endsWith(".") ? r.substring(0, r.length() - 1) : r);
    }

    /** "Source: <title>"; the title stays as the source wrote it. */
    public static String sourceLine(Stretch s) {
        return Texts.text("break.source", s.source().title());
    }
}
