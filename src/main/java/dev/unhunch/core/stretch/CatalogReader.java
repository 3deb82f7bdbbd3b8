package dev.unhunch.core.stretch;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a stretch catalog in JSON. Every problem is reported as a
 * {@link CatalogException} naming the stretch id and the field, so a bad edit is easy to find.
 */
public final class CatalogReader {

    private CatalogReader() {
    }

    /** Reads a catalog from a stream (UTF-8 JSON). */
    public static StretchCatalog read(InputStream in) throws IOException {
        return fromMap(parse(JSON.std.mapFrom(in)));
    }

    /** Reads a catalog from a JSON string. */
    public static StretchCatalog read(String json) {
        try {
            return fromMap(parse(JSON.std.mapFrom(json)));
        } catch (IOException e) {
            throw new CatalogException("catalog is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> parse(Map<String, Object> map) {
        if (map == null) {
            throw new CatalogException("catalog is empty", null);
        }
        return map;
    }

    private static StretchCatalog fromMap(Map<String, Object> root) {
        List<Source> sources = new ArrayList<>();
        for (Map<String, Object> s : objects(root, "sources", "catalog")) {
            String id = text(s, "id", "source");
            sources.add(new Source(id, text(s, "title", id), text(s, "author", id), text(s, "date", id)));
        }
        String safety = text(root, "safety", "catalog");
        List<String> general = texts(root, "generalCautions", "catalog", false);
        List<Stretch> stretches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (Map<String, Object> s : objects(root, "stretches", "catalog")) {
            Stretch stretch = stretch(s, sources, index++);
            if (!seen.add(stretch.id())) {
                throw new CatalogException(stretch.id(), "id", "appears more than once");
            }
            stretches.add(stretch);
        }
        if (stretches.isEmpty()) {
            throw new CatalogException("catalog", "stretches", "is empty");
        }
        return new StretchCatalog(stretches, sources, safety, general);
    }

    private static Stretch stretch(Map<String, Object> m, List<Source> sources, int index) {
        Object rawId = m.get("id");
        if (!(rawId instanceof String) || ((String) rawId).isBlank()) {
            throw new CatalogException("#" + index, "id", "is missing");
        }
        String id = (String) rawId;
        String sourceId = text(m, "source", id);
        Source source = sources.stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new CatalogException(id, "source", "unknown source '" + sourceId + "'"));
        Set<Posture> postures = enums(m, "postures", id, Posture.class);
        if (postures.isEmpty()) {
            throw new CatalogException(id, "postures", "needs at least one posture");
        }
        Set<Movement> movements = enums(m, "movements", id, Movement.class);
        if (movements.isEmpty()) {
            throw new CatalogException(id, "movements", "needs at least one movement");
        }
        List<Step> steps = new ArrayList<>();
        List<Map<String, Object>> rawSteps = objects(m, "steps", id);
        for (int i = 0; i < rawSteps.size(); i++) {
            steps.add(step(rawSteps.get(i), id, "steps[" + i + "]"));
        }
        if (steps.stream().noneMatch(Step::timed)) {
            throw new CatalogException(id, "steps", "needs at least one timed step (HOLD, MOVE or REST)");
        }
        if (steps.stream().noneMatch(s -> s.kind() == StepKind.HOLD || s.kind() == StepKind.MOVE)) {
            throw new CatalogException(id, "steps", "needs a HOLD or MOVE step, not only rests");
        }
        boolean setupDone = false;
        for (Step s : steps) {
            if (s.timed()) {
                setupDone = true;
            } else if (setupDone) {
                throw new CatalogException(id, "steps", "SETUP steps must come before the timed steps");
            }
        }
        return new Stretch(id, text(m, "name", id), source, optText(m, "sourceRef").orElse(""),
                postures, enums(m, "equipment", id, Equipment.class),
                enums(m, "equipmentInstead", id, Equipment.class), movements,
                texts(m, "targets", id, true), text(m, "dose", id), steps,
                range(m.get("repetitions"), id, "repetitions"), bool(m, "perSide", id),
                bool(m, "timingFromSource", id), optText(m, "easier"), optText(m, "harder"),
                texts(m, "cautions", id, false));
    }

    private static Step step(Map<String, Object> m, String id, String field) {
        String kindName = text(m, "kind", id, field + ".kind");
        StepKind kind = enumValue(StepKind.class, kindName, id, field + ".kind");
        String text = text(m, "text", id, field + ".text");
        if (kind == StepKind.SETUP) {
            if (m.containsKey("seconds")) {
                throw new CatalogException(id, field + ".seconds", "a SETUP step is not timed");
            }
            return new Step(text, kind, null);
        }
        if (!m.containsKey("seconds")) {
            throw new CatalogException(id, field + ".seconds", "is missing for a " + kind + " step");
        }
        boolean between = m.containsKey("between") && bool(m, "between", id);
        return new Step(text, kind, range(m.get("seconds"), id, field + ".seconds"), between);
    }

    private static SecondsRange range(Object raw, String id, String field) {
        int min;
        int max;
        if (raw instanceof Number n) {
            min = max = whole(n, id, field);
        } else if (raw instanceof Map<?, ?> r && r.get("min") instanceof Number lo
                && r.get("max") instanceof Number hi) {
            min = whole(lo, id, field + ".min");
            max = whole(hi, id, field + ".max");
        } else {
            throw new CatalogException(id, field, "must be a whole number or {\"min\": .., \"max\": ..}");
        }
        if (min < 1) {
            throw new CatalogException(id, field, "must be at least 1, got " + min);
        }
        if (max < min) {
            throw new CatalogException(id, field, "max " + max + " is below min " + min);
        }
        return new SecondsRange(min, max);
    }

    private static int whole(Number n, String id, String field) {
        double d = n.doubleValue();
        if (d != Math.rint(d)) {
            throw new CatalogException(id, field, "must be a whole number, got " + n);
        }
        return (int) d;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> m, String key, String id) {
        Object raw = m.get(key);
        if (!(raw instanceof List<?> list)) {
            throw new CatalogException(id, key, "is missing or not a list");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map)) {
                throw new CatalogException(id, key, "must hold objects");
            }
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    private static List<String> texts(Map<String, Object> m, String key, String id, boolean required) {
        Object raw = m.get(key);
        if (raw == null && !required) {
            return List.of();
        }
        if (!(raw instanceof List<?> list) || (required && list.isEmpty())) {
            throw new CatalogException(id, key, required ? "needs a non-empty list" : "must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s) || s.isBlank()) {
                throw new CatalogException(id, key, "must hold non-empty strings");
            }
            out.add(s);
        }
        return out;
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, Object> m, String key, String id, Class<E> type) {
        Set<E> out = new HashSet<>();
        for (String name : texts(m, key, id, false)) {
            out.add(enumValue(type, name, id, key));
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String id, String field) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(id, field, "unknown value '" + name + "'");
        }
    }

    private static String text(Map<String, Object> m, String key, String id) {
        return text(m, key, id, key);
    }

    private static String text(Map<String, Object> m, String key, String id, String field) {
        Object raw = m.get(key);
        if (!(raw instanceof String s) || s.isBlank()) {
            throw new CatalogException(id, field, "is missing or empty");
        }
        return s;
    }

    private static Optional<String> optText(Map<String, Object> m, String key) {
        Object raw = m.get(key);
        return raw instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static boolean bool(Map<String, Object> m, String key, String id) {
        Object raw = m.get(key);
        if (!(raw instanceof Boolean b)) {
            throw new CatalogException(id, key, "must be true or false");
        }
        return b;
    }
}
