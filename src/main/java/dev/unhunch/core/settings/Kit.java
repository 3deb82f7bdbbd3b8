package dev.unhunch.core.settings;

/**
 * What the user has for stretching beyond a desk chair, as they told us (the {@code equipment.*}
 * settings). The routine planner never offers a stretch that needs something not ticked here.
 *
 * @param mat an exercise mat (or a carpet) and floor space: needed for stretches on all fours or lying
 * @param foamRoller a foam roller: needed for the roller stretches (the source allows a rolled towel
 *     for one of them, which counts as at hand at home)
 * @param wallOrDoorway a free wall corner or doorway to stand in
 * @param lowBackedChair a chair whose backrest ends below the shoulder blades, to lean back over
 */
public record Kit(boolean mat, boolean foamRoller, boolean wallOrDoorway, boolean lowBackedChair) {

    /** A fresh install: a wall or doorway, nothing else. */
    public static Kit defaults() {
        return new Kit(false, false, true, false);
    }
}
