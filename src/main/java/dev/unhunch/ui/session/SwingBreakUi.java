package dev.unhunch.ui.session;

import dev.unhunch.ui.theme.Themes;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.BreakTime;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.log.Log;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.RoutinePlanner;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.core.time.DurationText;
import dev.unhunch.core.time.Ticker;
import dev.unhunch.ui.breakwindow.BreakActions;
import dev.unhunch.ui.breakwindow.BreakWindow;
import dev.unhunch.ui.prompt.BreakNotice;
import dev.unhunch.ui.prompt.NoticeCorner;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * The Swing side of the engine's {@link BreakUi} port: the pre-break notice and the guided
 * break window. The engine calls it on its own thread; this is the one place that hops to the
 * event dispatch thread. A routine is planned once per break (when the engine asks for its length
 * or its stretches, before its notice or window shows) and kept until the engine hides it; its
 * length goes to the engine ({@link #routineLength}), which then keeps the break's one clock; the
 * windows show the routine at the engine's time and never keep time themselves.
 *
 * <p>Each break gets a new notice and a new break window, disposed when they close, so that
 * between breaks the app holds no window, peer or back buffer of them; once the last of them has
 * been closed for {@link #SETTLE_AFTER_WINDOWS} it tells the {@linkplain #setWindowsClosedListener
 * windows-closed listener} (the app hands the freed memory back then).
 */
public final class SwingBreakUi implements BreakUi {

    private static final Log LOG = Log.of(SwingBreakUi.class);
    /** How long after the last break window closed the windows-closed listener runs. */
    public static final Duration SETTLE_AFTER_WINDOWS = Duration.ofSeconds(5);

    private final Object planLock = new Object();
    private final Supplier<RoutinePlanner> plannerSource;
    private RoutinePlanner planner; // made on the first plan, guarded by planLock
    private final Supplier<Settings> settings;
    private final Supplier<StretchPreferences> preferences;
    private final AtomicReference<Routine> quickRequested = new AtomicReference<>();
    private volatile BreakActions actions = NoActions.INSTANCE;
    private final BreakActions forwarding = new Forwarding();
    private volatile StretchesUsedListener stretchesUsed = (kind, ids) -> { };
    private volatile Routine shownRoutine;
    private volatile Duration breakTimeLeft = Duration.ZERO;
    private volatile NoticeCorner noticeCorner = NoticeCorner.TOP_RIGHT;
    private volatile Ticker ticker = Ticker.system();

    // engine thread only
    private Routine planned;
    private BreakKind plannedKind;
    private Duration plannedLength;
    private boolean breakShowing;

    // event dispatch thread only
    private BreakNotice notice;
    private volatile BreakWindow window; // made and used on the EDT; read by shownBreak()
    private javax.swing.Timer settleTimer;
    private volatile Runnable windowsClosed = () -> { };

    /**
     * @param planner plans the stretches for each break; this class is its only user
     * @param settings the current settings (snooze length, reduced motion); read on any thread
     * @param preferences the user's stretch preferences; read on any thread
     */
    public SwingBreakUi(RoutinePlanner planner, Supplier<Settings> settings,
            Supplier<StretchPreferences> preferences) {
        this(constant(Objects.requireNonNull(planner, "planner")), settings, preferences);
    }

    /**
     * As {@link #SwingBreakUi(RoutinePlanner, Supplier, Supplier)}, but the planner (and with it
     * the stretch catalog) is made when the first break is planned, so start-up parses nothing.
     */
    public SwingBreakUi(Supplier<RoutinePlanner> planner, Supplier<Settings> settings,
            Supplier<StretchPreferences> preferences) {
        this.plannerSource = Objects.requireNonNull(planner, "planner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    private static Supplier<RoutinePlanner> constant(RoutinePlanner planner) {
        return () -> planner;
    }

    /** Connects the buttons to the engine; call once before the engine's first tick. */
    public void setActions(BreakActions breakActions) {
        this.actions = Objects.requireNonNull(breakActions, "actions");
    }

    /** Sets who learns which stretches each break showed (the history). */
    public void setStretchesUsedListener(StretchesUsedListener listener) {
        this.stretchesUsed = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Sets the engine's ticker, on which the break window's display timer runs the seconds on
     * between two engine updates (the system's by default); call before the first break.
     */
    public void setTicker(Ticker engineTicker) {
        this.ticker = Objects.requireNonNull(engineTicker, "ticker");
    }

    /**
     * Sets what runs on the EDT {@link #SETTLE_AFTER_WINDOWS} after the notice and the break
     * window have closed (and none opened since): the app trims its memory then.
     */
    public void setWindowsClosedListener(Runnable listener) {
        this.windowsClosed = Objects.requireNonNull(listener, "listener");
    }

    /** Puts the notice in another corner of the screen, near the tray (top right by default). */
    public void setNoticeCorner(NoticeCorner corner) {
        this.noticeCorner = Objects.requireNonNull(corner, "corner");
    }

    /**
     * The tray's "Stretch now": starts a micro break on demand that shows one quick seated
     * stretch. It counts as a taken micro break when it completes. Call on any thread but the
     * engine's (the tray's callback thread or the EDT).
     */
    public CommandResult stretchNow() {
        // Plan first, so that the engine's break lasts exactly as long as the stretch takes.
        Routine quick = plan(p -> p.quickStretch(preferences.get()));
        quickRequested.set(quick);
        CommandResult result = actions.stretchNow(quick.total());
        if (!result.accepted()) {
            quickRequested.set(null);
        }
        return result;
    }

    /**
     * Reads the stretch catalog and plans one routine now, so that the first break's planning on
     * the engine thread costs milliseconds, not the catalog's parsing and the planner's first run
     * (0.1-0.3 s on an idle machine, seconds on a loaded one, when the engine must answer a
     * command within 3 s). Call once after start, on a thread other than the engine's.
     */
    public void prepareFirstPlan() {
        long started = System.nanoTime();
        plan(p -> p.plan(Duration.ofMinutes(5), true, preferences.get()));
        LOG.info(() -> String.format("Stretch catalog read and a first routine planned in %d ms",
                (System.nanoTime() - started) / 1_000_000));
    }

    // ---- BreakUi, called on the engine thread ------------------------------------------------

    @Override
    public List<String> planStretches(BreakKind kind, Duration length) {
        return ids(routineFor(kind, length, null));
    }

    @Override
    public void showNotice(BreakPrompt prompt) {
        Routine routine = routineFor(prompt.kind(), prompt.breakLength(), null);
        Duration snoozeLength = settings.get().snoozeLength();
        NoticeCorner corner = noticeCorner;
        onEdt(() -> {
            closeWindow();
            notice().setCorner(corner);
            notice().open(prompt, routine, snoozeLength);
        });
    }

    @Override
    public Duration routineLength(BreakPrompt prompt) {
        // only the break started for "Stretch now" takes its routine: a break that came due in
        // the tick before that command ran plans its own
        Routine quick = prompt.onDemand() ? quickRequested.getAndSet(null) : null;
        return routineFor(prompt.kind(), prompt.breakLength(), quick).total();
    }

    @Override
    public void showBreak(BreakPrompt prompt) {
        Routine routine = routineFor(prompt.kind(), prompt.breakLength(), null);
        shownRoutine = routine;
        breakTimeLeft = prompt.timeLeft();
        breakShowing = true;
        Settings now = settings.get();
        onEdt(() -> {
            closeNotice();
            window().open(prompt, routine, now.snoozeLength(), now.reducedMotion());
        });
    }

    @Override
    public void updateCountdown(BreakStage stage, BreakKind kind, Duration timeLeft) {
        if (stage == BreakStage.NOTICE) {
            onEdt(() -> {
                if (notice != null) {
                    notice.setTimeLeft(timeLeft);
                }
            });
        }
    }

    @Override
    public void updateBreak(BreakTime time) {
        breakTimeLeft = time.left();
        onEdt(() -> {
            if (window != null) {
                window.setBreakTime(time);
            }
        });
    }

    @Override
    public void breakOver(BreakTime time) {
        forgetBreak();
        onEdt(() -> {
            closeNotice();
            if (window != null) {
                window.showOver(time);
            }
        });
    }

    /**
     * What the break window shows now, for {@code unhunch status --json} and tests; null when no
     * break window is showing. Any thread.
     */
    public BreakWindow.Shown shownBreak() {
        BreakWindow w = window;
        return w == null ? null : w.shown();
    }

    @Override
    public void activityDuringBreak(BreakKind kind, Duration timeLeft) {
        // the break clock that follows says it is held; the window shows that
    }

    @Override
    public void hide() {
        forgetBreak();
        onEdt(() -> {
            closeNotice();
            closeWindow();
        });
    }

    /** The break or notice is gone: report the stretches a break showed and forget its plan. */
    private void forgetBreak() {
        if (breakShowing && plannedKind != null) {
            List<String> ids = ids(shownRoutine);
            try {
                stretchesUsed.stretchesUsed(plannedKind, ids);
            } catch (RuntimeException e) {
                LOG.warn("stretches-used listener failed", e);
            }
        }
        planned = null;
        plannedKind = null;
        plannedLength = null;
        breakShowing = false;
        shownRoutine = null;
    }

    @Override
    public void showDailyLimit(Duration activeToday, Duration limit) {
        LOG.info(() -> "daily limit reached: " + DurationText.format(activeToday) + " of "
                + DurationText.format(limit));
        onEdt(() -> DailyLimitMessage.show(activeToday, limit));
    }

    // ---- planning ------------------------------------------------------------------------------

    /** The break's routine: the quick stretch asked for, else the one planned for this break. */
    private Routine routineFor(BreakKind kind, Duration length, Routine quick) {
        if (quick != null) {
            planned = quick;
        } else if (planned == null || plannedKind != kind || !length.equals(plannedLength)) {
            // planned again when the length changed between notice and break (settings edited)
            planned = plan(p -> p.plan(length, kind == BreakKind.LONG, preferences.get()));
        }
        plannedKind = kind;
        plannedLength = length;
        LOG.debug(() -> kind.word() + " break routine: " + planned);
        return planned;
    }

    private static List<String> ids(Routine routine) {
        return routine == null ? List.of() : routine.stretches().stream().map(p -> p.stretch().id()).toList();
    }

    /**
     * A quick seated stretch swapped in during a break (the window's "Chair stretch"), planned for
     * the time the break has left so that it never ends mid-side.
     */
    private Routine chairStretch() {
        Duration left = breakTimeLeft;
        Routine routine = plan(p -> p.quickStretch(left, preferences.get()));
        shownRoutine = routine;
        return routine;
    }

    private Routine plan(Function<RoutinePlanner, Routine> planning) {
        synchronized (planLock) {
            if (planner == null) {
                planner = plannerSource.get();
            }
            return planning.apply(planner);
        }
    }

    // ---- event dispatch thread -----------------------------------------------------------------

    private BreakNotice notice() {
        if (notice == null) {
            Themes.ensureInstalled();
            notice = new BreakNotice(forwarding);
        }
        return notice;
    }

    private BreakWindow window() {
        if (window == null) {
            Themes.ensureInstalled();
            BreakWindow made = new BreakWindow(forwarding, this::chairStretch, ticker);
            // it closes itself too (after its linger, Close, Esc): forget it then
            made.onClosed(() -> {
                if (window == made) {
                    window = null;
                }
                windowsGone();
            });
            window = made;
        }
        return window;
    }

    private void closeNotice() {
        if (notice != null) {
            BreakNotice closing = notice;
            notice = null;
            closing.close();
            windowsGone();
        }
    }

    private void closeWindow() {
        if (window != null) {
            window.close(); // forgets it, see window()
        }
    }

    /** A window closed: once none is open for a few seconds, tell the listener. */
    private void windowsGone() {
        if (notice != null || window != null) {
            return;
        }
        if (settleTimer == null) {
            settleTimer = new javax.swing.Timer((int) SETTLE_AFTER_WINDOWS.toMillis(), e -> {
                if (notice == null && window == null) {
                    windowsClosed.run();
                }
            });
            settleTimer.setRepeats(false);
        }
        settleTimer.restart();
    }

    /**
     * The notice of the break being offered (a new one, not yet shown, when none is); for tests
     * and the app's diagnostics. Call on the EDT.
     */
    public BreakNotice noticeWindow() {
        return notice();
    }

    /**
     * The break window of the break being shown (a new one, not yet shown, when none is); for
     * tests and the app's diagnostics. Call on the EDT.
     */
    public BreakWindow breakWindow() {
        return window();
    }

    private static void onEdt(Runnable r) {
        SwingUtilities.invokeLater(r);
    }

    /** The windows' view of the actions, so the app may connect them after creating this. */
    private final class Forwarding implements BreakActions {
        @Override public CommandResult startNow() { return actions.startNow(); }
        @Override public CommandResult snooze() { return actions.snooze(); }
        @Override public CommandResult skip() { return actions.skip(); }
        @Override public CommandResult done() { return actions.done(); }
        @Override public CommandResult endEarly() { return actions.endEarly(); }
        @Override public CommandResult stopStretching() { return actions.stopStretching(); }
        @Override public CommandResult restartRoutine(Duration length) { return actions.restartRoutine(length); }
        @Override public CommandResult stretchNow(Duration length) { return actions.stretchNow(length); }
    }

    /** Until the app connects the engine, buttons explain that nothing is connected. */
    private enum NoActions implements BreakActions {
        INSTANCE;

        private static CommandResult none() {
            return CommandResult.refused("the break timer is not running");
        }

        @Override public CommandResult startNow() { return none(); }
        @Override public CommandResult snooze() { return none(); }
        @Override public CommandResult skip() { return none(); }
        @Override public CommandResult done() { return none(); }
        @Override public CommandResult endEarly() { return none(); }
        @Override public CommandResult stopStretching() { return none(); }
        @Override public CommandResult restartRoutine(Duration length) { return none(); }
        @Override public CommandResult stretchNow(Duration length) { return none(); }
    }
}
