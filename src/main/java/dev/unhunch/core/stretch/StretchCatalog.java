package dev.unhunch.core.stretch;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stretches the app knows, with their sources, the safety line shown after each routine and
 * general cautions. Immutable; load the bundled one with {@link #bundled()}.
 */
public final class StretchCatalog {

    /** Class-path location of the bundled catalog. */
    public static final String RESOURCE = "/dev/unhunch/stretch/catalog.json";

    private final Map<String, Stretch> stretches;
    private final Map<String, Source> sources;
    private final String safetyNote;
    private final List<String> generalCautions;

    /**
     * A catalog from already validated parts; {@link CatalogReader} builds it from JSON.
     */
    public StretchCatalog(List<Stretch> stretches, List<Source> sources, String safetyNote,
            List<String> generalCautions) {
        Map<String, Stretch> byId = new LinkedHashMap<>();
        stretches.forEach(s -> byId.put(s.id(), s));
        this.stretches = java.util.Collections.unmodifiableMap(byId);
        Map<String, Source> src = new LinkedHashMap<>();
        sources.forEach(s -> src.put(s.id(), s));
        this.sources = java.util.Collections.unmodifiableMap(src);
        this.safetyNote = safetyNote;
        this.generalCautions = List.copyOf(generalCautions);
    }

    /**
     * Loads the catalog bundled with the app.
     *
     * @throws CatalogException if the resource is missing or invalid (a build error)
     */
    public static StretchCatalog bundled() {
        try (InputStream in = StretchCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException("bundled catalog " + RESOURCE + " is missing", null);
            }
            return CatalogReader.read(in);
        } catch (IOException e) {
            throw new CatalogException("cannot read bundled catalog " + RESOURCE, e);
        }
    }

    /** All stretches in catalog order. */
    public List<Stretch> all() {
        return List.copyOf(stretches.values());
    }

    /** The stretch with this id, if any. */
    public Optional<Stretch> byId(String id) {
        return Optional.ofNullable(stretches.get(id));
    }

    /** The sources, in catalog order. */
    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    /** The line shown at the end of every routine: stop if it hurts, see a doctor if pain persists. */
    public String safetyNote() {
        return safetyNote;
    }

    /** Cautions that apply to every stretch. */
    public List<String> generalCautions() {
        return generalCautions;
    }

    /** Credits for all sources, one per line, for the About box and the stretch details. */
    public String credits() {
        return sources.values().stream()
                .map(s -> s.id() + ": " + s.credit())
                .collect(Collectors.joining("\n", "Stretches adapted from:\n", ""));
    }
}
