package dev.unhunch.platform.idle;

import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.core.log.Log;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * An idle source that stands for the best of an ordered list of candidates: at start-up it opens
 * the first one that opens, and when that one later throws {@link IdleSourceUnavailableException}
 * it closes it, logs the switch once, opens the next and answers from there, all within the same
 * {@link #idleTime()} call. When none is left it answers from a {@link NoIdleSource}.
 *
 * <p>{@link #describe()} and {@link #attempts()} tell which source is in use and why the ones
 * before it are not, for About and {@code --diagnose}. Calls come from the engine thread; the
 * methods are synchronized so that diagnostics may ask from another thread.
 */
public final class FailoverIdleSource implements IdleSource {

    private static final Log LOG = Log.of(FailoverIdleSource.class);

    private final Deque<IdleSourceCandidate> remaining;
    private final List<String> attempts = new ArrayList<>();
    private IdleSource current;
    private IdleSourceCandidate.Kind currentKind;
    private boolean closed;

    private FailoverIdleSource(List<IdleSourceCandidate> candidates) {
        this.remaining = new ArrayDeque<>(candidates);
    }

    /** Opens the first candidate that opens, keeping the rest for failover. */
    public static FailoverIdleSource open(List<IdleSourceCandidate> candidates) {
        FailoverIdleSource source = new FailoverIdleSource(candidates);
        synchronized (source) {
            source.openNext();
        }
        LOG.info(() -> "idle source: " + source.describe());
        return source;
    }

    private void openNext() {
        while (!remaining.isEmpty()) {
            IdleSourceCandidate candidate = remaining.removeFirst();
            try {
                IdleSource opened = candidate.opener().open();
                if (opened == null) {
                    throw new IdleSourceUnavailableException("opener returned nothing");
                }
                current = opened;
                currentKind = candidate.kind();
                return;
            } catch (Exception | LinkageError e) {
                attempts.add(candidate.kind().label() + ": " + reason(e));
            }
        }
        current = new NoIdleSource();
        currentKind = null;
    }

    /** The first line of a failure's message (JNA's link errors run to many lines). */
    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse(message).strip();
        if (line.endsWith(":")) {
            line = line.substring(0, line.length() - 1);
        }
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public synchronized Duration idleTime() {
        if (closed) {
            throw new IdleSourceUnavailableException("idle source is closed");
        }
        while (true) {
            try {
                return current.idleTime();
            } catch (IdleSourceUnavailableException e) {
                String failed = current.name();
                attempts.add(failed + ": stopped working: " + reason(e));
                closeQuietly(current);
                openNext();
                LOG.warn("idle source " + failed + " stopped working (" + reason(e) + "); switching to "
                        + current.name());
            }
        }
    }

    private static void closeQuietly(IdleSource source) {
        try {
            source.close();
        } catch (RuntimeException e) {
            LOG.debug(() -> "closing a failed idle source: " + e);
        }
    }

    /**
     * The source in use in parts a window can put into its own words: which kind, the X display
     * or the source's own (technical) name, and why earlier candidates were passed over.
     */
    public record Described(Kind kind, String detail, List<String> notUsed) {
        /** How About words the source: X11 and XWayland with the display, the rest by name. */
        public enum Kind { X11, XWAYLAND, POINTER, NONE, NAMED }
    }

    /** The source in use, in parts; see {@link Described}. */
    public synchronized Described described() {
        List<String> notUsed = List.copyOf(attempts);
        if (current instanceof X11IdleAlarm x11) {
            return new Described(Described.Kind.X11, x11.displayName(), notUsed);
        }
        if (current instanceof IdleSources.XWaylandIdleSource xwayland) {
            return new Described(Described.Kind.XWAYLAND, xwayland.displayName(), notUsed);
        }
        if (current instanceof PointerIdleSource) {
            return new Described(Described.Kind.POINTER, "", notUsed);
        }
        if (current instanceof NoIdleSource) {
            return new Described(Described.Kind.NONE, "", notUsed);
        }
        return new Described(Described.Kind.NAMED, current.name(), notUsed);
    }

    /** The source in use now. */
    public synchronized IdleSource current() {
        return current;
    }

    /** Which candidate is in use, empty when none opened. */
    public synchronized Optional<IdleSourceCandidate.Kind> currentKind() {
        return Optional.ofNullable(currentKind);
    }

    /** One line per candidate that failed to open or stopped working, in order, with the reason. */
    public synchronized List<String> attempts() {
        return List.copyOf(attempts);
    }

    /**
     * The source in use, such as "X11 SYNC IDLETIME on :0", followed by why earlier
     * candidates were passed over when there were any.
     */
    public synchronized String describe() {
        if (attempts.isEmpty()) {
            return current.name();
        }
        return current.name() + " (not used: " + String.join("; ", attempts) + ")";
    }

    @Override
    public synchronized String name() {
        return current.name();
    }

    @Override
    public synchronized boolean seesKeyboard() {
        return current.seesKeyboard();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeQuietly(current);
        }
    }
}
