package dev.unhunch.core.stretch;

import java.util.Set;

/**
 * What the user told us about stretching.
 *
 * @param atHome the user has floor space and a mat ("at home / I have a mat"): floor and lying
 *     stretches may then be offered in long breaks
 * @param favourites stretch ids to offer more often
 * @param neverShow stretch ids never to offer
 */
public record StretchPreferences(boolean atHome, Set<String> favourites, Set<String> neverShow) {

    public StretchPreferences {
        favourites = Set.copyOf(favourites);
        neverShow = Set.copyOf(neverShow);
    }

    /** At a desk, no favourites, nothing hidden. */
    public static StretchPreferences defaults() {
        return new StretchPreferences(false, Set.of(), Set.of());
    }
}
