package dev.unhunch.core.stretch;

/** Which side a moment of a routine works; {@link #NONE} for both or no side. */
public enum Side { LEFT, RIGHT, NONE }
