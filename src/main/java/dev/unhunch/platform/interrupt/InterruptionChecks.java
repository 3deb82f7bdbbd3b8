package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.core.breaks.InterruptionProbe;
import dev.unhunch.core.log.Log;
import dev.unhunch.platform.idle.Environment;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "don't interrupt" checks of this machine behind the engine's {@link InterruptionProbe}.
 * Each question runs on a thread of its own, {@code unhunch-interrupt-check}, that ends with the
 * answer: the engine thread only starts it and later reads the answer, so a tool that hangs never
 * delays the engine. Every tool is killed after {@link BoundedCommand#TIMEOUT}; a thread stuck
 * even so is left behind (a daemon) and the engine gives up on its answer after 10 s. Questions
 * are asked only while a break is due, at most once a minute, so the thread does not exist
 * between breaks.
 *
 * <p>The checks run in the order cheapest first (do-not-disturb, full screen, camera,
 * microphone) and stop at the first reason found. A check that fails counts as "no reason": a
 * broken tool must not hold breaks back.
 */
public final class InterruptionChecks implements InterruptionProbe {

    /** The checker thread's name. */
    public static final String THREAD = "unhunch-interrupt-check";
    private static final Log LOG = Log.of(InterruptionChecks.class);
    private static final List<Interruption> ORDER = List.of(Interruption.DO_NOT_DISTURB, Interruption.FULL_SCREEN,
            Interruption.CAMERA, Interruption.MICROPHONE);

    /** How long one native question (registry, shell32, CoreAudio) may take, as a tool may on Linux. */
    static final java.time.Duration NATIVE_TIMEOUT = BoundedCommand.TIMEOUT;

    private final Map<Interruption, InterruptionCheck> checks;
    private volatile Runnable onAnswer = () -> { };

    InterruptionChecks(List<InterruptionCheck> checks) {
        this.checks = new EnumMap<>(Interruption.class);
        checks.forEach(c -> this.checks.put(c.kind(), c));
    }

    /**
     * The checks for this desktop.
     *
     * @param extraEnvironment variables for the tools on top of this process's (empty normally)
     * @param cameraDevices the glob of camera devices, {@code /dev/video*} normally
     */
    public static InterruptionChecks forDesktop(Environment env, Map<String, String> extraEnvironment,
            String cameraDevices) {
        BoundedCommand command = new BoundedCommand(extraEnvironment, BoundedCommand.TIMEOUT);
        return new InterruptionChecks(List.of(
                new DoNotDisturbCheck(command),
                new FullScreenCheck(command, fullScreenUnavailable(env)),
                CameraCheck.forCurrentUser(cameraDevices),
                new MicrophoneCheck(command)));
    }

    /**
     * The checks for this process's operating system and desktop: Windows' and macOS's APIs, or
     * on Linux the desktop's tools with the camera devices from {@code unhunch.cameraDevices}.
     */
    public static InterruptionChecks forCurrentDesktop() {
        return forEnvironment(Environment.current());
    }

    static InterruptionChecks forEnvironment(Environment env) {
        return switch (env.os()) {
            case WINDOWS -> forWindows();
            case MAC -> forMac();
            case UNIX -> forDesktop(env, Map.of(), System.getProperty("unhunch.cameraDevices", CameraCheck.DEVICES));
        };
    }

    /**
     * Windows 10 and 11: the privacy consent store for microphone and camera, and {@code
     * SHQueryUserNotificationState} for full screen and quiet time (ADR 0011).
     */
    static InterruptionChecks forWindows() {
        return new InterruptionChecks(List.of(
                new WindowsNotificationStateCheck(Interruption.DO_NOT_DISTURB, NATIVE_TIMEOUT),
                new WindowsNotificationStateCheck(Interruption.FULL_SCREEN, NATIVE_TIMEOUT),
                WindowsConsentCheck.camera(NATIVE_TIMEOUT),
                WindowsConsentCheck.microphone(NATIVE_TIMEOUT)));
    }

    /** macOS: CoreAudio for the microphone, CoreMediaIO for the camera; the rest has no public API (ADR 0011). */
    static InterruptionChecks forMac() {
        return new InterruptionChecks(List.of(
                new UnavailableCheck(Interruption.DO_NOT_DISTURB, MAC_FOCUS_UNAVAILABLE),
                new UnavailableCheck(Interruption.FULL_SCREEN, MAC_FULL_SCREEN_UNAVAILABLE),
                new MacDeviceCheck(Interruption.CAMERA, NATIVE_TIMEOUT),
                new MacDeviceCheck(Interruption.MICROPHONE, NATIVE_TIMEOUT)));
    }

    static final String MAC_FOCUS_UNAVAILABLE = "macOS has no public API for the Focus state:"
            + " INFocusStatusCenter answers only apps with the Communication Notifications entitlement";
    static final String MAC_FULL_SCREEN_UNAVAILABLE = "macOS has no public API that says the front window is"
            + " full screen; not guessed from window sizes";

    static String fullScreenUnavailable(Environment env) {
        return switch (env.session()) {
            case X11 -> null;
            case WAYLAND -> "Wayland: the compositor does not tell other programs which window is full screen";
            case NONE -> "no graphical session";
        };
    }

    /** The check of {@code kind} here, or null (for tests). */
    InterruptionCheck check(Interruption kind) {
        return checks.get(kind);
    }

    /** Called on the checker thread once an answer is in (the app wakes the engine with it). */
    public void onAnswer(Runnable wake) {
        onAnswer = wake;
    }

    @Override
    public Pending start(Set<Interruption> wanted) {
        Question question = new Question(wanted);
        Thread thread = new Thread(question, THREAD);
        thread.setDaemon(true);
        thread.start();
        return question;
    }

    /** The first reason among {@code wanted} that holds now, or null; on the calling thread. */
    Interruption ask(Set<Interruption> wanted) {
        for (Interruption kind : ORDER) {
            InterruptionCheck check = checks.get(kind);
            if (check == null || !wanted.contains(kind)) {
                continue;
            }
            try {
                if (check.holds()) {
                    return kind;
                }
            } catch (InterruptionCheck.CheckFailedException e) {
                LOG.info(() -> kind.id() + " check could not answer: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn(kind.id() + " check failed: " + e);
            }
        }
        return null;
    }

    /** For --diagnose: each check and whether it can answer here (runs the tools, each bounded). */
    public Map<String, String> availability() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Interruption kind : Interruption.values()) {
            InterruptionCheck check = checks.get(kind);
            out.put(kind.id(), check == null ? "unavailable" : check.availability());
        }
        return out;
    }

    /** One question on its own thread. */
    private final class Question implements Pending, Runnable {
        private final Set<Interruption> wanted;
        private volatile boolean done;
        private volatile Interruption reason;

        Question(Set<Interruption> wanted) {
            this.wanted = Set.copyOf(wanted);
        }

        @Override
        public void run() {
            try {
                reason = ask(wanted);
            } finally {
                done = true;
                onAnswer.run();
            }
        }

        @Override
        public boolean done() {
            return done;
        }

        @Override
        public Interruption reason() {
            return reason;
        }
    }
}
