package dev.unhunch.ui.i18n;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.stretch.CatalogException;
import dev.unhunch.core.stretch.CatalogTranslation;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.core.stretch.StretchCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A stretch's words in the language in use: the bundled catalog's translation when there is one
 * ({@link CatalogTranslation}), the catalog's English otherwise. Looked up when shown, so a
 * routine planned in one language reads in the next one after a switch.
 */
public final class StretchTexts {

    private static final Log LOG = Log.of(StretchTexts.class);

    /** The translation for one language, made once per language switched to. */
    private record Loaded(Locale language, Optional<CatalogTranslation> translation, String englishSafety) {
    }

    private static volatile Loaded loaded;
    private static volatile List<String> englishCautions;

    private StretchTexts() {
    }

    /** The stretch's name. */
    public static String name(Stretch s) {
        return mark(words(s).map(CatalogTranslation.StretchWords::name).orElse(s.name()));
    }

    /**
     * What to do in a moment of a routine: the step, after the setup steps on a stretch's first
     * step and after a word about changing sides on the first step of the second side.
     */
    public static String step(Moment m) {
        return mark(unmarkedStep(m));
    }

    private static String unmarkedStep(Moment m) {
        Optional<CatalogTranslation.StretchWords> words = words(m.stretch());
        if (words.isEmpty()) {
            return m.lead() == Moment.Lead.OTHER_SIDE
                    ? m.text().replace(Moment.SWITCH_TEXT, Texts.text("moment.switchText")) : m.text();
        }
        List<String> steps = words.get().steps();
        String step = steps.get(m.stepIndex());
        return switch (m.lead()) {
            case NONE -> step;
            case GET_INTO_POSITION -> String.join(" ", steps.subList(0, m.stretch().firstCycleIndex())) + " " + step;
            case OTHER_SIDE -> Texts.text("moment.switchText") + " " + step;
        };
    }

    /** One step's own text, without any lead-in (for describing a figure). */
    public static String stepText(Stretch s, int stepIndex) {
        return words(s).map(w -> w.steps().get(stepIndex)).orElse(s.steps().get(stepIndex).text());
    }

    /** The source's dose, as one line. */
    public static String dose(Stretch s) {
        return mark(words(s).map(CatalogTranslation.StretchWords::dose).orElse(s.dose()));
    }

    /** Cautions that apply to every stretch of the bundled catalog, in catalog order. */
    public static List<String> generalCautions() {
        Loaded now = current();
        return marked(now.translation().map(CatalogTranslation::generalCautions).orElseGet(StretchTexts::englishCautions));
    }

    private static List<String> englishCautions() {
        List<String> english = englishCautions;
        if (english == null) {
            english = StretchCatalog.bundled().generalCautions();
            englishCautions = english;
        }
        return english;
    }

    /** The stretch's cautions. */
    public static List<String> cautions(Stretch s) {
        return marked(words(s).map(CatalogTranslation.StretchWords::cautions).orElse(s.cautions()));
    }

    /** An easier variation, if the source gives one. */
    public static Optional<String> easier(Stretch s) {
        return words(s).map(CatalogTranslation.StretchWords::easier).orElse(s.easier()).map(StretchTexts::mark);
    }

    /** A harder variation, if the source gives one. */
    public static Optional<String> harder(Stretch s) {
        return words(s).map(CatalogTranslation.StretchWords::harder).orElse(s.harder()).map(StretchTexts::mark);
    }

    /** The safety line at the end of a routine: the catalog's, translated when it is the catalog's. */
    public static String safety(String note) {
        Loaded now = current();
        return mark(now.translation().filter(t -> note.equals(now.englishSafety())).map(CatalogTranslation::safetyNote)
                .orElse(note));
    }

    /** Marks a stretch text under the test language {@link Texts#PSEUDO}, like every bundle text. */
    private static String mark(String text) {
        return Texts.isPseudo() ? Texts.pseudo(text) : text;
    }

    private static List<String> marked(List<String> texts) {
        return Texts.isPseudo() ? texts.stream().map(Texts::pseudo).toList() : texts;
    }

    /** The translated words, if this is a stretch of the bundled catalog and a translation exists. */
    private static Optional<CatalogTranslation.StretchWords> words(Stretch s) {
        return current().translation().flatMap(t -> {
            try {
                CatalogTranslation.StretchWords w = t.of(s);
                // a stretch of another catalog (tests) may share an id but not its steps
                return w.steps().size() == s.steps().size() ? Optional.of(w) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static Loaded current() {
        // the language whose words the windows show: pt_BR also for pt-PT, English for en-XA
        Locale language = Texts.translation();
        Loaded now = loaded;
        if (now == null || !now.language().equals(language)) {
            now = load(language);
            loaded = now;
        }
        return now;
    }

    private static Loaded load(Locale language) {
        if (language.getLanguage().isEmpty() || language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new Loaded(language, Optional.empty(), "");
        }
        StretchCatalog catalog = StretchCatalog.bundled();
        try {
            return new Loaded(language, CatalogTranslation.bundled(catalog, language), catalog.safetyNote());
        } catch (CatalogException e) {
            // tests keep this from shipping; should it happen anyway, English beats no stretches
            LOG.warn("Stretch texts in " + language + " not used", e);
            return new Loaded(language, Optional.empty(), "");
        }
    }
}
