package dev.unhunch.core.settings;

import java.util.List;

/**
 * Which stretches the routine planner may choose.
 *
 * @param atHome when true, stretches on the floor or a mat are allowed too
 * @param favourites stretch ids to prefer, in the user's order
 * @param neverShow stretch ids never to offer
 */
public record StretchFilters(boolean atHome, List<String> favourites, List<String> neverShow) {
    public StretchFilters {
        favourites = List.copyOf(favourites);
        neverShow = List.copyOf(neverShow);
    }
}
