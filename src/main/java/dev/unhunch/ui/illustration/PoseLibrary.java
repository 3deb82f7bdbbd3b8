package dev.unhunch.ui.illustration;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.unhunch.core.stretch.Moment;
import dev.unhunch.core.stretch.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The poses for every step of every stretch, read from {@code poses.json} next to the catalog.
 * Each step's pose starts from a named base pose ({@code "base"}) or, without one, from the
 * previous step's pose, and overrides only what changes; {@code "both"} sets near and far limbs.
 */
public final class PoseLibrary {

    /** Class-path location of the bundled pose data. */
    public static final String RESOURCE = "/dev/unhunch/stretch/poses.json";

    private final Map<String, List<Pose>> poses;
    private final Map<String, Side> drawnSides;

    private PoseLibrary(Map<String, List<Pose>> poses, Map<String, Side> drawnSides) {
        this.poses = poses;
        this.drawnSides = drawnSides;
    }

    /** The bundled poses, loaded once and shared (they are immutable). */
    public static PoseLibrary shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final PoseLibrary INSTANCE = bundled();
    }

    /** Loads the bundled poses. */
    public static PoseLibrary bundled() {
        try (InputStream in = PoseLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled poses " + RESOURCE + " are missing");
            }
            return read(JSON.std.mapFrom(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads pose data from a JSON string (for tests). */
    public static PoseLibrary read(String json) {
        try {
            return read(JSON.std.mapFrom(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("poses are not valid JSON: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static PoseLibrary read(Map<String, Object> root) {
        Map<String, Object> bases = (Map<String, Object>) root.getOrDefault("bases", Map.of());
        Map<String, Object> stretches = (Map<String, Object>) root.get("stretches");
        Map<String, Side> drawn = new HashMap<>();
        ((Map<String, Object>) root.getOrDefault("drawnSides", Map.of())).forEach((id, side) -> {
            if (!stretches.containsKey(id)) {
                throw new IllegalArgumentException("drawnSides names unknown stretch " + id);
            }
            drawn.put(id, Side.valueOf(((String) side).toUpperCase(Locale.ROOT)));
        });
        Map<String, List<Pose>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : stretches.entrySet()) {
            List<Pose> list = new ArrayList<>();
            Map<String, Object> previous = null;
            int i = 0;
            for (Object raw : (List<Object>) e.getValue()) {
                Map<String, Object> step = (Map<String, Object>) raw;
                Map<String, Object> start;
                if (step.containsKey("base")) {
                    Object base = bases.get(step.get("base"));
                    if (base == null) {
                        throw new IllegalArgumentException(e.getKey() + " step " + i + ": unknown base " + step.get("base"));
                    }
                    start = merge(Map.of(), (Map<String, Object>) base);
                } else if (previous != null) {
                    start = previous;
                } else {
                    throw new IllegalArgumentException(e.getKey() + " step 0 needs a base");
                }
                Map<String, Object> merged = merge(start, step);
                try {
                    list.add(toPose(merged));
                } catch (RuntimeException ex) {
                    throw new IllegalArgumentException(e.getKey() + " step " + i + ": " + ex.getMessage(), ex);
                }
                previous = merged;
                i++;
            }
            out.put(e.getKey(), List.copyOf(list));
        }
        return new PoseLibrary(out, Map.copyOf(drawn));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> m = new HashMap<>(base);
        for (Map.Entry<String, Object> e : over.entrySet()) {
            String k = e.getKey();
            if (k.equals("base")) {
                continue;
            }
            if (k.equals("both")) {
                Map<String, Object> limbs = (Map<String, Object>) e.getValue();
                m.put("near", merge((Map<String, Object>) m.getOrDefault("near", Map.of()), limbs));
                m.put("far", merge((Map<String, Object>) m.getOrDefault("far", Map.of()), limbs));
            } else if ((k.equals("near") || k.equals("far")) && m.get(k) instanceof Map) {
                m.put(k, merge((Map<String, Object>) m.get(k), (Map<String, Object>) e.getValue()));
            } else if (k.equals("torso")) {
                m.put("lowerTorso", e.getValue());
                m.put("upperTorso", e.getValue());
            } else {
                m.put(k, e.getValue());
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Pose toPose(Map<String, Object> m) {
        View view = View.valueOf(((String) m.getOrDefault("view", "SIDE")).toUpperCase(Locale.ROOT));
        List<Object> hip = (List<Object>) m.get("hip");
        List<Object> shoulder = (List<Object>) m.getOrDefault("shoulder", List.of(0, 0));
        List<Prop> props = new ArrayList<>();
        for (Object o : (List<Object>) m.getOrDefault("props", List.of())) {
            Map<String, Object> p = (Map<String, Object>) o;
            props.add(new Prop(Prop.Type.valueOf((String) p.get("type")), num(p, "x", 0), num(p, "y", 0),
                    num(p, "size", 0)));
        }
        return new Pose(view, d(hip.get(0)), d(hip.get(1)), num(m, "lowerTorso", 0), num(m, "upperTorso", 0),
                num(m, "neck", 0), num(m, "headTurn", 0), num(m, "twist", 0), num(m, "lean", 0),
                d(shoulder.get(0)), d(shoulder.get(1)), limbs((Map<String, Object>) m.get("near")),
                limbs((Map<String, Object>) m.get("far")), props,
                Cue.valueOf(((String) m.getOrDefault("cue", "NONE")).toUpperCase(Locale.ROOT)), false);
    }

    private static Limbs limbs(Map<String, Object> given) {
        Map<String, Object> m = given == null ? Map.of() : given;
        double shin = num(m, "shin", 180);
        return new Limbs(num(m, "upperArm", 180), num(m, "forearm", 180), num(m, "thigh", 180), shin,
                num(m, "foot", shin - 90), num(m, "thighScale", 1), num(m, "shinScale", 1),
                num(m, "upperArmScale", 1), num(m, "forearmScale", 1));
    }

    private static double num(Map<String, Object> m, String key, double fallback) {
        Object v = m.get(key);
        return v == null ? fallback : d(v);
    }

    private static double d(Object v) {
        return ((Number) v).doubleValue();
    }

    /** The poses of a stretch, one per step, or an empty list for an unknown id. */
    public List<Pose> poses(String stretchId) {
        return poses.getOrDefault(stretchId, List.of());
    }

    /** The ids that have poses. */
    public List<String> stretchIds() {
        return List.copyOf(poses.keySet());
    }

    /** The pose for a step, if there is one. */
    public Optional<Pose> pose(String stretchId, int stepIndex) {
        List<Pose> list = poses(stretchId);
        return stepIndex >= 0 && stepIndex < list.size() ? Optional.of(list.get(stepIndex)) : Optional.empty();
    }

    /**
     * Which side of a stretch done on each side its poses show as written: {@link Side#LEFT}
     * unless {@code poses.json} says otherwise under {@code "drawnSides"}. Front views are the
     * user's reflection, so a left-side pose has the working hand on screen left; side and end
     * views show the working side nearest the viewer, facing screen right for the right side.
     */
    public Side drawnSide(String stretchId) {
        return drawnSides.getOrDefault(stretchId, Side.LEFT);
    }

    /** Whether a moment's side is the mirror image of the poses as written. */
    public boolean mirrors(Moment moment) {
        return mirrors(moment.stretch().id(), moment.side());
    }

    /** Whether a side of a stretch is the mirror image of the poses as written. */
    public boolean mirrors(String stretchId, Side side) {
        return side != Side.NONE && side != drawnSide(stretchId);
    }

    /** The poses of a stretch for one side (as written, or mirrored for the other side). */
    public List<Pose> poses(String stretchId, Side side) {
        List<Pose> list = poses(stretchId);
        return mirrors(stretchId, side) ? list.stream().map(Pose::mirrored).toList() : list;
    }

    /** The pose to show for a moment of a routine, mirrored for the side not written out. */
    public Optional<Pose> pose(Moment moment) {
        return pose(moment.stretch().id(), moment.stepIndex()).map(p -> mirrors(moment) ? p.mirrored() : p);
    }
}
