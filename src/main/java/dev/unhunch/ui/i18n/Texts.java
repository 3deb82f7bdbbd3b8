package dev.unhunch.ui.i18n;

import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Reason;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;

/**
 * Every word the windows and the tray show, looked up in the {@code dev.unhunch.i18n.messages}
 * bundles for the language the user chose. One language is in use at a time for the whole app;
 * when it changes, the listeners (open windows, the tray menu) hear it on the event dispatch
 * thread and put up the new words, so no restart is needed.
 */
public final class Texts {

    /** The bundle's base name; {@code messages.properties} is English, the fallback for every key. */
    static final String BUNDLE = "dev.unhunch.i18n.messages";

    /** Brazilian Portuguese: its bundle is {@code messages_pt_BR}, its stretches {@code catalog_pt_BR.json}. */
    public static final Locale PORTUGUESE_BRAZIL = Locale.forLanguageTag("pt-BR");

    /**
     * The languages with a complete translation, in the order the settings list them (each named
     * in itself, see {@link #nameInItself}). English is the base bundle; each other one has a
     * {@code messages_xx.properties} and a {@code catalog_xx.json} ({@code xx_YY} for a country's
     * variant). docs/translators.md says how to add one.
     */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN,
            Locale.forLanguageTag("es"), Locale.FRENCH, PORTUGUESE_BRAZIL);

    /**
     * A test-only language that marks every text: each one shows as {@code ⟦…⟧}, so a window
     * showing a word without the markers shows a word that is not from the bundle. Set it with
     * {@code language = en-XA} (translators may use it to find such words in the running app).
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");
    /** Opens a marked text of {@link #PSEUDO}. */
    public static final String PSEUDO_OPEN = "\u27e6";
    /** Closes a marked text of {@link #PSEUDO}. */
    public static final String PSEUDO_CLOSE = "\u27e7";

    private static final Log LOG = Log.of(Texts.class);
    // Without this, a German desktop asking for English would get German: the default control
    // tries the default locale before the base bundle.
    private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale forLocale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale forLocale) {
            List<Locale> candidates = new java.util.ArrayList<>(super.getCandidateLocales(baseName, forLocale));
            // Portuguese from Portugal, Angola…: Brazil's words read far better than English
            if (forLocale.getLanguage().equals("pt") && !candidates.contains(PORTUGUESE_BRAZIL)) {
                candidates.add(candidates.size() - 1, PORTUGUESE_BRAZIL);
            }
            return candidates;
        }
    };
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Locale locale = Locale.getDefault();
    private static volatile ResourceBundle bundle = load(locale);

    private Texts() {
    }

    /** The locale in use, for dates and numbers as well as words. */
    public static Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key} with {@code args} put in its {@code {0}}, {@code {1}}… places
     * ({@link MessageFormat}: write an apostrophe as {@code ''}). A
     * missing key shows as the key itself (and is logged), so a gap is visible but harmless.
     */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("No text for " + key);
            return key;
        }
        // Always through MessageFormat, so that every text follows one rule: an apostrophe is ''.
        String text = new MessageFormat(pattern, locale).format(args);
        return isPseudo() ? pseudo(text) : text;
    }

    /** A length of time as people read it, to the minute: "1 h 30 min", "45 min" ("1 Std. 30 Min."). */
    public static String duration(java.time.Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return text("duration.minutes", rest);
        }
        return rest == 0 ? text("duration.hours", hours) : text("duration.hoursMinutes", hours, rest);
    }

    /** Whether the marking test language {@link #PSEUDO} is in use. */
    public static boolean isPseudo() {
        return PSEUDO.equals(locale);
    }

    /** {@code text} marked as from the bundle, line by line (a window may split lines into labels). */
    public static String pseudo(String text) {
        return PSEUDO_OPEN + text.replace("\n", PSEUDO_CLOSE + "\n" + PSEUDO_OPEN) + PSEUDO_CLOSE;
    }

    /**
     * The locale whose words are shown: the translation found for {@link #locale()}, e.g.
     * {@code pt_BR} for {@code pt-PT}, or {@link Locale#ROOT} for English.
     */
    public static Locale translation() {
        return bundle.getLocale();
    }

    /** A language's name in itself, as a list of languages shows it: "Deutsch", "Português (Brasil)". */
    public static String nameInItself(Locale language) {
        String name = language.getDisplayName(language);
        return name.isEmpty() ? language.toLanguageTag()
                : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** A refusal of a setting's value from the core, e.g. "must be between 1m and 4h, was 15h". */
    public static String reason(Reason reason) {
        return text(reason.code().textKey(), reason.args().toArray());
    }

    /** Whether the bundle has a text for {@code key}. */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The locale for a {@code language} setting: {@code system} means the desktop's, anything
     * else is a language tag. Languages without a translation still get their dates and numbers;
     * their words fall back to English.
     */
    public static Locale resolve(String language) {
        if (language == null || language.isBlank() || language.equalsIgnoreCase("system")) {
            return Locale.getDefault();
        }
        // pt_BR as Java and POSIX write it means pt-BR
        return Locale.forLanguageTag(language.strip().replace('_', '-'));
    }

    /** Switches to the language of a {@code language} setting; see {@link #setLocale}. */
    public static void useLanguage(String language) {
        setLocale(resolve(language));
    }

    /**
     * Switches the language; any thread. Listeners run on the event dispatch thread, and only when
     * the words actually change.
     */
    public static void setLocale(Locale newLocale) {
        Objects.requireNonNull(newLocale, "locale");
        if (newLocale.equals(locale)) {
            return;
        }
        bundle = load(newLocale);
        locale = newLocale;
        // Swing's own words (file chooser, JOptionPane's Yes/No) follow for windows made from now on
        javax.swing.JComponent.setDefaultLocale(newLocale);
        LOG.info("Language: " + newLocale.toLanguageTag() + " (texts: "
                + (bundle.getLocale().toString().isEmpty() ? "en" : bundle.getLocale()) + ")");
        // Always later, also from the EDT: the change usually comes from inside a dialog's Apply,
        // which should finish before its window is relabelled. With nobody listening (at start,
        // before any window) the event queue, and with it AWT's toolkit, is left alone.
        if (!LISTENERS.isEmpty()) {
            SwingUtilities.invokeLater(Texts::fire);
        }
    }

    /** Calls {@code listener} on the event dispatch thread after every change of language. */
    public static void addListener(Runnable listener) {
        LISTENERS.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling {@code listener}, e.g. when its window is closed. */
    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    private static void fire() {
        for (Runnable listener : LISTENERS) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A window failed to take the new language", e);
            }
        }
    }

    private static ResourceBundle load(Locale forLocale) {
        return ResourceBundle.getBundle(BUNDLE, forLocale, NO_FALLBACK);
    }
}
