package dev.unhunch.core.stretch;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One stretch of the catalog. Its steps are a few setup steps (getting into position) followed
 * by the timed cycle; one repetition is one pass through the cycle, and {@link #perSide()}
 * stretches do all repetitions on the left, then on the right.
 *
 * @param id stable key, such as {@code neck-side-stretch}
 * @param name display name
 * @param source the article the stretch is based on
 * @param sourceRef where in the source it appears (such as {@code #2}), may be empty
 * @param postures the postures it can be done in (one, or seated and standing)
 * @param equipment what it needs; empty for nothing
 * @param equipmentInstead what may replace {@code equipment} as a whole where the source allows
 *     it (a rolled towel and a small pillow instead of a foam roller); empty for no alternative
 * @param movements the movements it asks for
 * @param targets the body areas it works, in plain words
 * @param dose the dose as the source gives it, as one line for the details view
 * @param steps setup steps first, then the timed cycle; never empty
 * @param repetitions how often the cycle is repeated (per side for per-side stretches)
 * @param perSide whether the cycle is done on each side
 * @param timingFromSource false when the source gives no time and the app chose one
 * @param easier an easier variation, if the source gives one
 * @param harder a harder variation, if the source gives one
 * @param cautions warnings specific to this stretch
 */
public record Stretch(
        String id,
        String name,
        Source source,
        String sourceRef,
        Set<Posture> postures,
        Set<Equipment> equipment,
        Set<Equipment> equipmentInstead,
        Set<Movement> movements,
        List<String> targets,
        String dose,
        List<Step> steps,
        SecondsRange repetitions,
        boolean perSide,
        boolean timingFromSource,
        Optional<String> easier,
        Optional<String> harder,
        List<String> cautions) {

    public Stretch {
        postures = postures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(postures));
        equipment = Set.copyOf(equipment);
        equipmentInstead = Set.copyOf(equipmentInstead);
        movements = Set.copyOf(movements);
        targets = List.copyOf(targets);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }

    /**
     * Whether this can be done next to a desk in office clothes: seated or standing, needing at
     * most a chair, a wall corner or a doorway.
     */
    public boolean deskFriendly() {
        return postures.stream().anyMatch(Posture::atDesk)
                && equipment.stream().allMatch(Equipment::atDesk);
    }

    /**
     * Whether {@code atHand} holds what this stretch needs: its equipment, or the alternative the
     * source allows.
     */
    public boolean possibleWith(Set<Equipment> atHand) {
        return atHand.containsAll(equipment) || !equipmentInstead.isEmpty() && atHand.containsAll(equipmentInstead);
    }

    /** Whether this is done on the floor (all fours or lying). */
    public boolean onFloor() {
        return postures.stream().noneMatch(Posture::atDesk);
    }

    /** Whether it can be done sitting on a chair. */
    public boolean seated() {
        return postures.contains(Posture.SEATED);
    }

    /** The setup steps, in order. */
    public List<Step> setupSteps() {
        return steps.stream().filter(s -> !s.timed()).toList();
    }

    /** The timed steps forming one repetition, in order. */
    public List<Step> cycle() {
        return steps.stream().filter(Step::timed).toList();
    }

    /** Index into {@link #steps()} of the first cycle step. */
    public int firstCycleIndex() {
        return setupSteps().size();
    }

    /** The movement families this stretch counts towards. */
    public Set<Movement.Family> families() {
        EnumSet<Movement.Family> out = EnumSet.noneOf(Movement.Family.class);
        movements.forEach(m -> out.add(m.family()));
        return out;
    }
}
