package dev.unhunch.core.stretch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Chooses the stretches for a break, planned for the time the break really runs. A short break
 * gets one or two short seated or standing stretches; a long one gets several. Holds are never
 * shortened: a stretch is offered only when at least one full hold on each side fits, and when
 * the source's full set of repetitions does not, it becomes a quick version that says so
 * ({@link PlannedStretch#scaledDown()}). Across breaks it mixes bending forward, bending back,
 * twisting and neck/shoulder work, avoids the stretches of the last few picks, never offers
 * hidden ones or ones whose equipment the user lacks, and offers favourites more often. Floor and
 * lying stretches are offered only in long breaks and only when the user is at home
 * ({@link StretchPreferences#allows}).
 *
 * <p>The planner remembers the ids it chose (see {@link #recentHistory()}); give it a seeded
 * random generator for repeatable plans. Not thread-safe: call it from one thread.
 */
public final class RoutinePlanner {

    /** How many recent picks are not repeated (when there is enough choice). */
    public static final int REPEAT_WINDOW = 4;
    /** How many recent picks count when balancing movement families. */
    public static final int BALANCE_WINDOW = 6;
    /** Roughly how long one stretch of a long break should last. */
    public static final Duration TIME_PER_STRETCH = Duration.ofSeconds(75);
    /** The most stretches in one routine. */
    public static final int MAX_STRETCHES = 6;
    /**
     * The longest an on-demand quick stretch ({@link #quickStretch()}) runs. It runs for its own
     * length: the source's lowest full dose when that fits in this, a quick version otherwise.
     */
    public static final Duration QUICK_LENGTH = Duration.ofSeconds(150);

    private static final int HISTORY_KEPT = 32;
    private static final double BALANCE_WEIGHT = 0.9;
    private static final double FAVOURITE_BONUS = 1.2;

    private final StretchCatalog catalog;
    private final RandomGenerator random;
    private final Deque<String> history = new ArrayDeque<>();
    private StretchPreferences lastPreferences = StretchPreferences.defaults();

    /**
     * @param catalog the stretches to choose from
     * @param random source of variety; seed it for repeatable plans
     */
    public RoutinePlanner(StretchCatalog catalog, RandomGenerator random) {
        this.catalog = Objects.requireNonNull(catalog);
        this.random = Objects.requireNonNull(random);
    }

    /**
     * Plans a routine for a break of the given length (a scheduled break's configured length)
     * and remembers its stretches.
     *
     * @param breakLength the time available; the routine's total never exceeds it
     * @param longBreak whether this is a long break (floor stretches possible, several stretches)
     * @param preferences the user's choices
     * @return the routine, empty only if no stretch's full holds fit the time or the filters
     */
    public Routine plan(Duration breakLength, boolean longBreak, StretchPreferences preferences) {
        lastPreferences = preferences;
        long seconds = Math.max(0, breakLength.toSeconds());
        int target = (int) Math.max(1, Math.min(MAX_STRETCHES,
                Math.round((double) seconds / TIME_PER_STRETCH.toSeconds())));
        List<Stretch> allowed = catalog.all().stream()
                .filter(s -> preferences.allows(s, longBreak))
                .toList();
        return choose(allowed, (int) Math.min(Integer.MAX_VALUE, seconds),
                Math.min(target, Math.max(1, allowed.size())), preferences);
    }

    /**
     * One seated desk stretch for "Stretch now", using the preferences of the last plan; it runs
     * for its own length ({@link Routine#total()}), at most {@link #QUICK_LENGTH}.
     */
    public Routine quickStretch() {
        return quickStretch(lastPreferences);
    }

    /** One seated desk stretch of its own length, at most {@link #QUICK_LENGTH}. */
    public Routine quickStretch(StretchPreferences preferences) {
        return quickStretch(QUICK_LENGTH, preferences);
    }

    /**
     * One seated desk stretch that takes at most {@code available}, such as the time left in a
     * break when the user swaps to a chair stretch: the source's lowest full dose when it fits,
     * a quick version otherwise; empty when not even one full hold per side fits.
     */
    public Routine quickStretch(Duration available, StretchPreferences preferences) {
        lastPreferences = preferences;
        int most = (int) Math.min(Integer.MAX_VALUE, Math.max(0, available.toSeconds()));
        List<Stretch> allowed = catalog.all().stream()
                .filter(s -> preferences.allows(s, false) && s.seated())
                .toList();
        List<PlannedStretch> chosen = new ArrayList<>();
        pick(allowed, Set.of(), s -> Math.min(most, DoseFitter.fullSeconds(s)), preferences, false).ifPresent(p -> {
            chosen.add(p);
            remember(p.stretch().id());
        });
        return new Routine(chosen, catalog.safetyNote());
    }

    /** Ids chosen so far, most recent last (at most the last 32). */
    public List<String> recentHistory() {
        return List.copyOf(history);
    }

    /** Restores remembered picks, oldest first, such as from the history store after a restart. */
    public void restoreHistory(List<String> ids) {
        history.clear();
        ids.forEach(this::remember);
    }

    private Routine choose(List<Stretch> allowed, int budget, int target, StretchPreferences prefs) {
        List<PlannedStretch> chosen = new ArrayList<>();
        Set<String> inRoutine = new HashSet<>();
        int[] left = {budget};
        for (int slot = 0; slot < target; slot++) {
            int share = left[0] / (target - slot);
            // a stretch longer than its share may still come, if its full holds fit what is left
            int available = left[0];
            add(pick(allowed, inRoutine, s -> DoseFitter.minimalSeconds(s) <= available
                    ? Math.max(share, DoseFitter.minimalSeconds(s)) : -1, prefs, false), chosen, inRoutine, left);
        }
        grow(chosen, left);
        // time still over: another stretch not done lately that fits it, rather than waiting
        while (chosen.size() < MAX_STRETCHES && left[0] > 0) {
            int available = left[0];
            if (!add(pick(allowed, inRoutine, s -> available, prefs, true), chosen, inRoutine, left)) {
                break;
            }
            grow(chosen, left);
        }
        // one trip to the floor, at the end: standing first, then seated, then all fours, then lying
        chosen.sort(Comparator.comparingInt(RoutinePlanner::postureOrder));
        return new Routine(chosen, catalog.safetyNote());
    }

    private boolean add(Optional<PlannedStretch> pick, List<PlannedStretch> chosen, Set<String> inRoutine,
            int[] left) {
        pick.ifPresent(p -> {
            chosen.add(p);
            inRoutine.add(p.stretch().id());
            remember(p.stretch().id());
            left[0] -= (int) p.duration().toSeconds();
        });
        return pick.isPresent();
    }

    /** Hands time left over back to the stretches, quick versions first, toward their full dose. */
    private static void grow(List<PlannedStretch> chosen, int[] left) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> !chosen.get(i).scaledDown()));
        for (int i : order) {
            if (left[0] <= 0) {
                return;
            }
            PlannedStretch p = chosen.get(i);
            int own = (int) p.duration().toSeconds();
            Optional<PlannedStretch> bigger = DoseFitter.fit(p.stretch(), own + left[0]);
            if (bigger.isPresent() && bigger.get().duration().toSeconds() > own) {
                chosen.set(i, bigger.get());
                left[0] -= (int) bigger.get().duration().toSeconds() - own;
            }
        }
    }

    private static int postureOrder(PlannedStretch p) {
        Set<Posture> postures = p.stretch().postures();
        if (postures.contains(Posture.STANDING)) {
            return 0;
        }
        if (postures.contains(Posture.SEATED)) {
            return 1;
        }
        return postures.contains(Posture.ALL_FOURS) ? 2 : 3;
    }

    /**
     * The best stretch not yet in the routine, each dosed for the seconds {@code budget} gives
     * it (a negative budget rules it out). Without {@code freshOnly}, when every fitting stretch
     * was done lately, the one done longest ago.
     */
    private Optional<PlannedStretch> pick(List<Stretch> allowed, Set<String> inRoutine,
            ToIntFunction<Stretch> budget, StretchPreferences prefs, boolean freshOnly) {
        List<PlannedStretch> fitting = new ArrayList<>();
        for (Stretch s : allowed) {
            int seconds = budget.applyAsInt(s);
            if (!inRoutine.contains(s.id()) && seconds >= 0) {
                DoseFitter.fit(s, seconds).ifPresent(fitting::add);
            }
        }
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        List<String> recent = recent(REPEAT_WINDOW);
        List<PlannedStretch> fresh = fitting.stream().filter(p -> !recent.contains(p.stretch().id())).toList();
        if (fresh.isEmpty() && freshOnly) {
            return Optional.empty();
        }
        if (fresh.isEmpty()) {
            // too little choice: take the one used longest ago
            return fitting.stream().min(Comparator.comparingInt(p -> recent.lastIndexOf(p.stretch().id())));
        }
        Map<Movement.Family, Integer> counts = familyCounts();
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        PlannedStretch best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PlannedStretch p : fresh) {
            Stretch s = p.stretch();
            int deficit = s.families().stream().mapToInt(f -> most - counts.get(f)).max().orElse(0);
            double score = random.nextDouble() + BALANCE_WEIGHT * deficit
                    + (prefs.favourites().contains(s.id()) ? FAVOURITE_BONUS : 0);
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return Optional.of(best);
    }

    private Map<Movement.Family, Integer> familyCounts() {
        Map<Movement.Family, Integer> counts = new EnumMap<>(Movement.Family.class);
        for (Movement.Family f : Movement.Family.values()) {
            counts.put(f, 0);
        }
        for (String id : recent(BALANCE_WINDOW)) {
            catalog.byId(id).ifPresent(s -> s.families().forEach(f -> counts.merge(f, 1, Integer::sum)));
        }
        return counts;
    }

    private List<String> recent(int n) {
        List<String> all = new ArrayList<>(history);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    private void remember(String id) {
        history.addLast(id);
        while (history.size() > HISTORY_KEPT) {
            history.removeFirst();
        }
    }
}
