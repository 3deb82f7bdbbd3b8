package dev.unhunch.ui.illustration;

import dev.unhunch.core.stretch.Side;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a stretch figure shows, in words, for screen readers: from where it is seen, the things
 * drawn with it, the side, and the step it shows (the catalog's own text, so picture and words
 * cannot drift apart). In the current language.
 */
public final class FigureDescription {

    private FigureDescription() {
    }

    /** The accessible name of a figure showing a stretch. */
    public static String name(Stretch s) {
        return Texts.text("figure.name", StretchTexts.name(s));
    }

    /**
     * The accessible description of one step's pose.
     *
     * @param side the side worked, {@link Side#NONE} for a stretch done on both sides at once
     */
    public static String describe(Stretch s, Pose pose, int stepIndex, Side side) {
        StringBuilder where = new StringBuilder(Texts.text("figure.view." + pose.view().name()));
        Set<String> things = new LinkedHashSet<>();
        for (Prop p : pose.props()) {
            things.add(Texts.text("figure.prop." + p.type().name()));
        }
        if (!things.isEmpty()) {
            where = new StringBuilder(Texts.text("figure.with", where, String.join(", ", things)));
        }
        if (side != Side.NONE) {
            where = new StringBuilder(Texts.text("figure.onSide", where, Texts.text("figure.side." + side.name())));
        }
        String step = Texts.text("figure.step", String.valueOf(stepIndex + 1), String.valueOf(s.steps().size()),
                StretchTexts.stepText(s, stepIndex));
        return where + ". " + step;
    }
}
