package dev.unhunch.core.stretch;

import dev.unhunch.core.settings.Kit;
import dev.unhunch.core.settings.StretchFilters;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What the user told us about stretching.
 *
 * @param atHome the user stretches at home: floor stretches may then be offered in long breaks,
 *     when the user has what they need
 * @param favourites stretch ids to offer more often
 * @param neverShow stretch ids never to offer
 * @param atHand the equipment the user has; a stretch needing anything else is never offered
 */
public record StretchPreferences(boolean atHome, Set<String> favourites, Set<String> neverShow,
        Set<Equipment> atHand) {

    /** What every desk has: a chair (one without arms can be turned on). */
    private static final Set<Equipment> ALWAYS = EnumSet.of(Equipment.CHAIR, Equipment.ARMLESS_CHAIR);
    /** Household things that count as at hand at home: a cushion, a towel to roll up. */
    private static final Set<Equipment> HOUSEHOLD = EnumSet.of(Equipment.PILLOW, Equipment.ROLLED_TOWEL);

    public StretchPreferences {
        favourites = Set.copyOf(favourites);
        neverShow = Set.copyOf(neverShow);
        atHand = Set.copyOf(atHand);
    }

    /**
     * Preferences with every kind of equipment at hand, for callers that only care about the
     * place, the favourites and the hidden stretches.
     */
    public StretchPreferences(boolean atHome, Set<String> favourites, Set<String> neverShow) {
        this(atHome, favourites, neverShow, EnumSet.allOf(Equipment.class));
    }

    /** At a desk, with the equipment of a fresh install, no favourites, nothing hidden. */
    public static StretchPreferences defaults() {
        return new StretchPreferences(false, Set.of(), Set.of(), atHand(false, Kit.defaults()));
    }

    /** The preferences the settings describe. */
    public static StretchPreferences of(StretchFilters filters) {
        return new StretchPreferences(filters.atHome(), new HashSet<>(filters.favourites()),
                new HashSet<>(filters.neverShow()), atHand(filters.atHome(), filters.kit()));
    }

    /**
     * The equipment at hand: a chair always; a wall corner and a doorway, a low-backed chair, a
     * mat and a foam roller as the user ticked them; at home also a cushion and a towel.
     */
    public static Set<Equipment> atHand(boolean atHome, Kit kit) {
        Set<Equipment> out = EnumSet.copyOf(ALWAYS);
        if (kit.wallOrDoorway()) {
            out.add(Equipment.WALL_CORNER);
            out.add(Equipment.DOORWAY);
        }
        if (kit.lowBackedChair()) {
            out.add(Equipment.LOW_BACKED_CHAIR);
        }
        if (kit.mat()) {
            out.add(Equipment.MAT);
        }
        if (kit.foamRoller()) {
            out.add(Equipment.FOAM_ROLLER);
        }
        if (atHome) {
            out.addAll(HOUSEHOLD);
        }
        return out;
    }

    /**
     * Whether the planner may offer this stretch: not hidden, the equipment (or the source's
     * alternative) at hand, and on the floor only in a long break at home.
     */
    public boolean allows(Stretch stretch, boolean longBreak) {
        return !neverShow.contains(stretch.id()) && possible(stretch, longBreak);
    }

    /** As {@link #allows}, whatever "never show" says: what the place and equipment permit. */
    public boolean possible(Stretch stretch, boolean longBreak) {
        return stretch.possibleWith(atHand)
                && (stretch.onFloor() ? longBreak && atHome : stretch.postures().stream().anyMatch(Posture::atDesk));
    }
}
