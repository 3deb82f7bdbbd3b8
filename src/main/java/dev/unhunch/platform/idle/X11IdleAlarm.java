package dev.unhunch.platform.idle;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.unhunch.core.activity.IdleSource;
import dev.unhunch.core.activity.IdleSourceUnavailableException;
import dev.unhunch.platform.PosixNative;
import java.time.Duration;

/**
 * The X11 idle source: the SYNC extension's {@code IDLETIME} system counter, read for the idle
 * time and armed as alarms, so the heartbeat can sleep until "idle reached T" or "input happened"
 * instead of polling. See {@code docs/decisions/0003-xsync-idle-alarms.md} for measurements.
 *
 * <p>One display connection serves both the readings and the alarms, so there is one idle clock
 * and nothing to reconcile. That connection belongs to the engine thread: readings, waits and
 * {@link #close()} happen there, because an event read by another thread would sit in Xlib's
 * queue where the waiting {@code poll()} never sees it. {@link #wakeUp()} may be called from any
 * thread to end a wait early (a command, shutdown) through a self-pipe, so a wait costs no
 * wake-ups until the alarm, the wake-up or the timeout.
 */
public final class X11IdleAlarm implements IdleAlarm {

    private static final int XEVENT_SIZE = 192;
    private static final byte[] WAKE = {1};

    private final X11Native.Xlib xlib;
    private final XSyncNative.XlibEvents events;
    private final XSyncNative.Xext xext;
    private final PosixNative.LibC libc;
    private final NativeLong idleCounter;
    private final int alarmNotifyType;
    private final Memory event = new Memory(XEVENT_SIZE);
    private final int[] wakePipe = new int[2];
    private final PosixNative.PollFd[] pollFds;
    private final String displayName;
    private Pointer display;
    private NativeLong alarm;
    private boolean closed;

    private X11IdleAlarm(X11Native.Xlib xlib, XSyncNative.XlibEvents events, XSyncNative.Xext xext,
            PosixNative.LibC libc, Pointer display, NativeLong idleCounter, int eventBase) {
        this.xlib = xlib;
        this.events = events;
        this.xext = xext;
        this.libc = libc;
        this.display = display;
        this.idleCounter = idleCounter;
        this.alarmNotifyType = eventBase + XSyncNative.ALARM_NOTIFY;
        if (libc.pipe(wakePipe) != 0) {
            xlib.XCloseDisplay(display);
            throw new IdleSourceUnavailableException("pipe() failed");
        }
        libc.fcntl(wakePipe[0], PosixNative.F_SETFL, PosixNative.O_NONBLOCK);
        libc.fcntl(wakePipe[1], PosixNative.F_SETFL, PosixNative.O_NONBLOCK);
        pollFds = PosixNative.PollFd.array(events.XConnectionNumber(display), wakePipe[0]);
        String shown = xlib.XDisplayString(display);
        displayName = shown == null || shown.isBlank() ? "?" : shown;
    }

    /** Ends a wait in progress (or the next one) early; safe from any thread, a no-op once closed. */
    @Override
    public void wakeUp() {
        synchronized (wakePipe) {
            if (!closed) {
                libc.write(wakePipe[1], WAKE, new NativeLong(1));
            }
        }
    }

    /** Empties the wake pipe; returns whether it held a wake-up. */
    private boolean consumeWakeUp() {
        byte[] buffer = new byte[64];
        boolean woken = false;
        while (libc.read(wakePipe[0], buffer, new NativeLong(buffer.length)).longValue() > 0) {
            woken = true;
        }
        return woken;
    }

    /**
     * Opens the display from {@code DISPLAY} and finds the {@code IDLETIME} counter.
     *
     * @throws IdleSourceUnavailableException without libXext, a display, SYNC or IDLETIME
     */
    public static X11IdleAlarm open() {
        X11Native.Xlib xlib;
        XSyncNative.Xext xext;
        try {
            xlib = X11Native.loadXlib();
            xext = XSyncNative.loadXext();
        } catch (UnsatisfiedLinkError e) {
            throw new IdleSourceUnavailableException("libX11/libXext not found: " + FailoverIdleSource.reason(e), e);
        } catch (NoClassDefFoundError e) {
            throw new IdleSourceUnavailableException("JNA is not available: " + e.getMessage(), e);
        }
        Pointer display = xlib.XOpenDisplay(null);
        if (display == null) {
            throw new IdleSourceUnavailableException("cannot open the X display");
        }
        IntByReference eventBase = new IntByReference();
        IntByReference errorBase = new IntByReference();
        if (!xext.XSyncQueryExtension(display, eventBase, errorBase)
                || xext.XSyncInitialize(display, new IntByReference(), new IntByReference()) == 0) {
            xlib.XCloseDisplay(display);
            throw new IdleSourceUnavailableException("the X server has no SYNC extension");
        }
        NativeLong counter = findCounter(xext, display, "IDLETIME");
        if (counter == null) {
            xlib.XCloseDisplay(display);
            throw new IdleSourceUnavailableException("the X server has no IDLETIME counter");
        }
        return new X11IdleAlarm(xlib, XSyncNative.loadXlibEvents(), xext, PosixNative.libc(), display, counter,
                eventBase.getValue());
    }

    private static NativeLong findCounter(XSyncNative.Xext xext, Pointer display, String wanted) {
        IntByReference count = new IntByReference();
        Pointer list = xext.XSyncListSystemCounters(display, count);
        if (list == null) {
            return null;
        }
        try {
            // XSyncSystemCounter: char *name; XSyncCounter counter; XSyncValue resolution (24 bytes)
            for (int i = 0; i < count.getValue(); i++) {
                long base = i * 24L;
                if (wanted.equals(list.getPointer(base).getString(0))) {
                    return new NativeLong(list.getNativeLong(base + 8).longValue());
                }
            }
            return null;
        } finally {
            xext.XSyncFreeSystemCounterList(list);
        }
    }

    /** The IDLETIME counter now: the time since the last keyboard or pointer input (one round trip). */
    @Override
    public Duration idleTime() {
        XSyncNative.Value value = new XSyncNative.Value();
        if (xext.XSyncQueryCounter(checkOpen(), idleCounter, value) == 0) {
            throw new IdleSourceUnavailableException("XSyncQueryCounter failed");
        }
        return Duration.ofMillis(Math.max(0, value.get()));
    }

    /**
     * Blocks until the user has been idle for at least {@code threshold}, or the timeout passes,
     * or {@link #wakeUp()} is called. Returns at once when already idle that long.
     *
     * @return true when the idle threshold was reached
     */
    @Override
    public boolean awaitIdle(Duration threshold, Duration timeout) throws InterruptedException {
        return await(threshold.toMillis(), XSyncNative.POSITIVE_COMPARISON, timeout);
    }

    /**
     * Blocks until input resets the idle time, the timeout passes or {@link #wakeUp()} is called.
     *
     * @return true when activity was seen
     */
    @Override
    public boolean awaitActivity(Duration timeout) throws InterruptedException {
        // A negative *transition* through 1 ms fires only when input resets the counter. A
        // "counter <= now" comparison fired at once in about one run of ten under Xvfb: the
        // server compares against an idle value that can lag the one just read.
        return await(1, XSyncNative.NEGATIVE_TRANSITION, timeout);
    }

    /**
     * Blocks until the timeout passes or {@link #wakeUp()} is called, with no alarm armed.
     *
     * @return false, like the other waits when they end without their condition
     */
    @Override
    public boolean sleep(Duration timeout) throws InterruptedException {
        Pointer dpy = checkOpen();
        if (alarm != null) {
            // disarm: an alarm left waiting for input would end this sleep on the next key
            xext.XSyncDestroyAlarm(dpy, alarm);
            alarm = null;
            events.XFlush(dpy);
        }
        return waitForAlarm(dpy, System.nanoTime() + timeout.toNanos(), false);
    }

    private boolean await(long valueMillis, int testType, Duration timeout) throws InterruptedException {
        Pointer dpy = checkOpen();
        XSyncNative.AlarmAttributes attributes = new XSyncNative.AlarmAttributes();
        attributes.counter = idleCounter;
        attributes.valueType = XSyncNative.ABSOLUTE;
        attributes.waitValue.set(valueMillis);
        attributes.testType = testType;
        attributes.delta.set(0);
        attributes.events = 1;
        long mask = XSyncNative.CA_COUNTER | XSyncNative.CA_VALUE_TYPE | XSyncNative.CA_VALUE
                | XSyncNative.CA_TEST_TYPE | XSyncNative.CA_DELTA | XSyncNative.CA_EVENTS;
        drainEvents(dpy);
        if (alarm == null) {
            alarm = xext.XSyncCreateAlarm(dpy, new NativeLong(mask), attributes);
        } else {
            xext.XSyncChangeAlarm(dpy, alarm, new NativeLong(mask), attributes);
        }
        events.XFlush(dpy);
        return waitForAlarm(dpy, System.nanoTime() + timeout.toNanos(), true);
    }

    /**
     * Waits for the deadline or a wake-up, and for an alarm event when {@code alarmEnds}.
     */
    private boolean waitForAlarm(Pointer dpy, long deadline, boolean alarmEnds) throws InterruptedException {
        while (true) {
            while (events.XPending(dpy) > 0) {
                events.XNextEvent(dpy, event);
                // (the destroyed alarm of sleep() reports its end as an alarm event too)
                if (alarmEnds && event.getInt(0) == alarmNotifyType) {
                    return true;
                }
            }
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            PosixNative.poll(libc, pollFds, pollFds.length, (int) Math.min(leftMillis, Integer.MAX_VALUE));
            if (pollFds[1].ready() && consumeWakeUp()) {
                return false;
            }
        }
    }

    private void drainEvents(Pointer dpy) {
        while (events.XPending(dpy) > 0) {
            events.XNextEvent(dpy, event);
        }
    }

    private Pointer checkOpen() {
        if (display == null) {
            throw new IdleSourceUnavailableException("X11 idle alarm is closed");
        }
        return display;
    }

    @Override
    public String name() {
        return "X11 SYNC IDLETIME on " + displayName;
    }

    /** The X display this alarm watches, as Xlib names it (":0"). */
    String displayName() {
        return displayName;
    }

    @Override
    public String describeWaits() {
        return "waits for X11 SYNC idle alarms (input, idleness) or the next due time";
    }

    /** Closes the connection and the wake pipe; idempotent. */
    @Override
    public void close() {
        if (display != null) {
            if (alarm != null) {
                xext.XSyncDestroyAlarm(display, alarm);
            }
            xlib.XCloseDisplay(display);
            display = null;
            synchronized (wakePipe) {
                closed = true;
                libc.close(wakePipe[0]);
                libc.close(wakePipe[1]);
            }
        }
    }
}
