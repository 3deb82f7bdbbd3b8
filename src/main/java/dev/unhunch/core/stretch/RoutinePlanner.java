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
import java.util.random.RandomGenerator;

/**
 * Chooses the stretches for a break. A short break gets one short seated or standing stretch,
 * scaled to fit; a long one gets several. Across breaks it mixes bending forward, bending back,
 * twisting and neck/shoulder work, avoids the stretches of the last few picks, never offers
 * hidden ones, and offers favourites more often. Floor and lying stretches are offered only in
 * long breaks and only when the user is at home with a mat.
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
    /** Length of the routine {@link #quickStretch()} plans. */
    public static final Duration QUICK_LENGTH = Duration.ofSeconds(60);

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
     * Plans a routine for a break and remembers its stretches.
     *
     * @param breakLength the time available; the routine's total never exceeds it
     * @param longBreak whether this is a long break (floor stretches possible, several stretches)
     * @param preferences the user's choices
     * @return the routine, empty only if nothing at all fits the time or the filters
     */
    public Routine plan(Duration breakLength, boolean longBreak, StretchPreferences preferences) {
        lastPreferences = preferences;
        long seconds = Math.max(0, breakLength.toSeconds());
        int target = (int) Math.max(1, Math.min(MAX_STRETCHES,
                Math.round((double) seconds / TIME_PER_STRETCH.toSeconds())));
        List<Stretch> allowed = catalog.all().stream()
                .filter(s -> !preferences.neverShow().contains(s.id()))
                .filter(s -> s.deskFriendly() || (longBreak && preferences.atHome() && s.onFloor()))
                .toList();
        return choose(allowed, seconds, Math.min(target, Math.max(1, allowed.size())), preferences);
    }

    /**
     * One seated desk stretch of about a minute, for "Stretch now", using the preferences of the
     * last plan.
     */
    public Routine quickStretch() {
        return quickStretch(lastPreferences);
    }

    /** One seated desk stretch of about {@link #QUICK_LENGTH}. */
    public Routine quickStretch(StretchPreferences preferences) {
        List<Stretch> allowed = catalog.all().stream()
                .filter(s -> !preferences.neverShow().contains(s.id()))
                .filter(s -> s.deskFriendly() && s.seated())
                .toList();
        return choose(allowed, QUICK_LENGTH.toSeconds(), 1, preferences);
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

    private Routine choose(List<Stretch> allowed, long budget, int target, StretchPreferences prefs) {
        List<PlannedStretch> chosen = new ArrayList<>();
        Set<String> inRoutine = new HashSet<>();
        long left = budget;
        for (int slot = 0; slot < target; slot++) {
            int share = (int) (left / (target - slot));
            Optional<PlannedStretch> pick = pick(allowed, inRoutine, share, prefs);
            if (pick.isEmpty()) {
                continue;
            }
            PlannedStretch p = pick.get();
            chosen.add(p);
            inRoutine.add(p.stretch().id());
            remember(p.stretch().id());
            left -= p.duration().toSeconds();
        }
        // hand time left over (doses come in whole seconds and repetitions) back to the stretches
        for (int i = 0; i < chosen.size() && left > 0; i++) {
            PlannedStretch p = chosen.get(i);
            long own = p.duration().toSeconds();
            Optional<PlannedStretch> bigger = DoseFitter.fit(p.stretch(), (int) (own + left));
            if (bigger.isPresent() && bigger.get().duration().toSeconds() > own) {
                chosen.set(i, bigger.get());
                left -= bigger.get().duration().toSeconds() - own;
            }
        }
        // one trip to the floor, at the end: standing first, then seated, then all fours, then lying
        chosen.sort(Comparator.comparingInt(RoutinePlanner::postureOrder));
        return new Routine(chosen, catalog.safetyNote());
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

    private Optional<PlannedStretch> pick(List<Stretch> allowed, Set<String> inRoutine, int share,
            StretchPreferences prefs) {
        List<PlannedStretch> fitting = new ArrayList<>();
        for (Stretch s : allowed) {
            if (!inRoutine.contains(s.id())) {
                DoseFitter.fit(s, share).ifPresent(fitting::add);
            }
        }
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        List<String> recent = recent(REPEAT_WINDOW);
        List<PlannedStretch> fresh = fitting.stream().filter(p -> !recent.contains(p.stretch().id())).toList();
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
