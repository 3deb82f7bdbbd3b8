package dev.unhunch.platform.idle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;

/**
 * The XSync calls (libXext) that {@link X11IdleAlarm} needs, bound by hand; its libc calls are
 * {@link dev.unhunch.platform.PosixNative}'s. Layouts are those of LP64 Unix (x86-64, aarch64).
 */
final class XSyncNative {

    static final int ALARM_NOTIFY = 1;
    static final long CA_COUNTER = 1L;
    static final long CA_VALUE_TYPE = 1L << 1;
    static final long CA_VALUE = 1L << 2;
    static final long CA_TEST_TYPE = 1L << 3;
    static final long CA_DELTA = 1L << 4;
    static final long CA_EVENTS = 1L << 5;
    static final int ABSOLUTE = 0;
    static final int NEGATIVE_TRANSITION = 1;
    static final int POSITIVE_COMPARISON = 2;

    private XSyncNative() {
    }

    /** libXext's SYNC extension client side, plus the Xlib event calls used with it. */
    interface Xext extends Library {
        boolean XSyncQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        int XSyncInitialize(Pointer display, IntByReference major, IntByReference minor);

        Pointer XSyncListSystemCounters(Pointer display, IntByReference count);

        void XSyncFreeSystemCounterList(Pointer list);

        int XSyncQueryCounter(Pointer display, NativeLong counter, Value value);

        NativeLong XSyncCreateAlarm(Pointer display, NativeLong mask, AlarmAttributes attributes);

        int XSyncChangeAlarm(Pointer display, NativeLong alarm, NativeLong mask, AlarmAttributes attributes);

        int XSyncDestroyAlarm(Pointer display, NativeLong alarm);
    }

    /** Xlib's event queue calls. */
    interface XlibEvents extends Library {
        int XConnectionNumber(Pointer display);

        int XPending(Pointer display);

        int XNextEvent(Pointer display, Pointer event);

        int XFlush(Pointer display);
    }

    /** {@code XSyncValue}: a signed 64-bit value as {hi, lo}. */
    @Structure.FieldOrder({"hi", "lo"})
    public static class Value extends Structure {
        public int hi;
        public int lo;

        long get() {
            return ((long) hi << 32) | (lo & 0xFFFF_FFFFL);
        }

        void set(long value) {
            hi = (int) (value >> 32);
            lo = (int) value;
        }
    }

    /** {@code XSyncAlarmAttributes} with its {@code XSyncTrigger} flattened in. */
    @Structure.FieldOrder({"counter", "valueType", "waitValue", "testType", "delta", "events", "state"})
    public static class AlarmAttributes extends Structure {
        public NativeLong counter;
        public int valueType;
        public Value waitValue = new Value();
        public int testType;
        public Value delta = new Value();
        public int events;
        public int state;
    }

    static Xext loadXext() {
        return Native.load("libXext.so.6", Xext.class);
    }

    static XlibEvents loadXlibEvents() {
        return Native.load("libX11.so.6", XlibEvents.class);
    }
}
