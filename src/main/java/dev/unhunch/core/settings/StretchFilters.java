package dev.unhunch.core.settings;

import java.util.List;
import java.util.Objects;

/**
 * Which stretches the routine planner may choose.
 *
 * @param atHome when true, stretches on the floor (with a mat or a roller) are allowed too
 * @param favourites stretch ids to prefer, in the user's order
 * @param neverShow stretch ids never to offer
 * @param kit what the user has to stretch with
 */
public record StretchFilters(boolean atHome, List<String> favourites, List<String> neverShow, Kit kit) {
    public StretchFilters {
        favourites = List.copyOf(favourites);
        neverShow = List.copyOf(neverShow);
        Objects.requireNonNull(kit, "kit");
    }
}
