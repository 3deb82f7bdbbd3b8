package dev.unhunch.platform.sound;

/** Plays a chime in the background: {@link #play} returns at once and never throws. */
@FunctionalInterface
public interface ChimePlayer {

    void play(Chime chime);
}
