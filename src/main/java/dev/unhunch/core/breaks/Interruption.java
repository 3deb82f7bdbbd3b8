package dev.unhunch.core.breaks;

import java.util.Locale;

/**
 * Why a due break waits: something the user is in the middle of that a break would interrupt.
 * Each has its own setting ({@code defer.*}) and its own check behind {@link InterruptionProbe}.
 */
public enum Interruption {
    /** A program records from a microphone (a call). */
    MICROPHONE,
    /** A program of this user holds a camera open (a video call). */
    CAMERA,
    /** The focused window is full screen (a presentation, a film, a game). */
    FULL_SCREEN,
    /** The desktop's do-not-disturb switch is on. */
    DO_NOT_DISTURB;

    /** The word in files, {@code status --json} and logs: {@code microphone}, {@code full-screen}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The reason for a word written by {@link #id()}.
     *
     * @throws IllegalArgumentException for a word that is not a reason
     */
    public static Interruption fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
