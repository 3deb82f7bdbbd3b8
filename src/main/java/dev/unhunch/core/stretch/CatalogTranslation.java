package dev.unhunch.core.stretch;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a stretch catalog in another language, read from an overlay such as
 * {@code catalog_de.json} that is keyed by stretch id and step index. Everything else (timing,
 * postures, sources) comes from the English catalog; source titles and authors stay as
 * published. An overlay must translate every stretch and every step of its catalog, or it is
 * refused with the first gap named, so a half translation never reaches the screen.
 */
public final class CatalogTranslation {

    /** Class-path location of a bundled overlay, {@code %s} being the language, e.g. {@code de}. */
    public static final String RESOURCE = "/dev/unhunch/stretch/catalog_%s.json";

    /** The translated words of one stretch. */
    public record StretchWords(String name, String dose, List<String> targets, List<String> steps,
            Optional<String> easier, Optional<String> harder, List<String> cautions) {
    }

    private final String safetyNote;
    private final List<String> generalCautions;
    private final Map<String, StretchWords> stretches;

    private CatalogTranslation(String safetyNote, List<String> generalCautions, Map<String, StretchWords> stretches) {
        this.safetyNote = safetyNote;
        this.generalCautions = List.copyOf(generalCautions);
        this.stretches = Map.copyOf(stretches);
    }

    /**
     * The bundled overlay for {@code locale}: the country's variant when there is one
     * ({@code catalog_pt_BR.json}), else the language's ({@code catalog_de.json}); empty when there
     * is none (English, or a language without a translation).
     *
     * @throws CatalogException if the overlay is invalid or incomplete (a build error)
     */
    public static Optional<CatalogTranslation> bundled(StretchCatalog catalog, Locale locale) {
        List<String> names = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            names.add(locale.getLanguage() + "_" + locale.getCountry());
        }
        names.add(locale.getLanguage());
        for (String name : names) {
            String resource = String.format(Locale.ROOT, RESOURCE, name);
            try (InputStream in = CatalogTranslation.class.getResourceAsStream(resource)) {
                if (in != null) {
                    return Optional.of(read(JSON.std.mapFrom(in), catalog));
                }
            } catch (IOException e) {
                throw new CatalogException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    /** Reads an overlay from JSON and checks it covers {@code catalog}. */
    public static CatalogTranslation read(String json, StretchCatalog catalog) {
        try {
            return read(JSON.std.mapFrom(json), catalog);
        } catch (IOException e) {
            throw new CatalogException("translation is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static CatalogTranslation read(Map<String, Object> root, StretchCatalog catalog) {
        if (root == null) {
            throw new CatalogException("translation is empty", null);
        }
        String safety = text(root.get("safety"), "translation", "safety");
        List<String> general = texts(root.get("generalCautions"), "translation", "generalCautions",
                catalog.generalCautions().size());
        if (!(root.get("stretches") instanceof Map<?, ?> raw)) {
            throw new CatalogException("translation", "stretches", "is missing or not an object keyed by stretch id");
        }
        Map<String, StretchWords> words = new HashMap<>();
        for (Stretch s : catalog.all()) {
            if (!(raw.get(s.id()) instanceof Map<?, ?> m)) {
                throw new CatalogException(s.id(), "translation", "is missing");
            }
            words.put(s.id(), stretch(s, m));
        }
        for (Object id : raw.keySet()) {
            if (catalog.byId(String.valueOf(id)).isEmpty()) {
                throw new CatalogException(String.valueOf(id), "translation", "is not a stretch of the catalog");
            }
        }
        return new CatalogTranslation(safety, general, words);
    }

    private static StretchWords stretch(Stretch s, Map<?, ?> m) {
        String id = s.id();
        return new StretchWords(text(m.get("name"), id, "name"), text(m.get("dose"), id, "dose"),
                texts(m.get("targets"), id, "targets", s.targets().size()),
                texts(m.get("steps"), id, "steps", s.steps().size()),
                optional(m.get("easier"), s.easier(), id, "easier"),
                optional(m.get("harder"), s.harder(), id, "harder"),
                texts(m.get("cautions"), id, "cautions", s.cautions().size()));
    }

    private static String text(Object raw, String id, String field) {
        if (!(raw instanceof String s) || s.isBlank()) {
            throw new CatalogException(id, field, "is missing or empty");
        }
        return s;
    }

    /** Exactly {@code count} texts, one for each English one, in the same order. */
    private static List<String> texts(Object raw, String id, String field, int count) {
        if (raw == null && count == 0) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new CatalogException(id, field, "is missing or not a list");
        }
        if (list.size() != count) {
            throw new CatalogException(id, field, "has " + list.size() + " texts, the catalog " + count);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(text(list.get(i), id, field + "[" + i + "]"));
        }
        return out;
    }

    /** Present exactly when the English catalog has it. */
    private static Optional<String> optional(Object raw, Optional<String> english, String id, String field) {
        if (english.isEmpty()) {
            if (raw != null) {
                throw new CatalogException(id, field, "is translated but the catalog has none");
            }
            return Optional.empty();
        }
        return Optional.of(text(raw, id, field));
    }

    /** The words of a stretch of the catalog this overlay was checked against. */
    public StretchWords of(Stretch s) {
        StretchWords w = stretches.get(s.id());
        if (w == null) {
            throw new IllegalArgumentException("not a stretch of this catalog: " + s.id());
        }
        return w;
    }

    /** The line shown at the end of every routine. */
    public String safetyNote() {
        return safetyNote;
    }

    /** Cautions that apply to every stretch, in catalog order. */
    public List<String> generalCautions() {
        return generalCautions;
    }
}
