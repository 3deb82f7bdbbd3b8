package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.BreakEngine;
import dev.unhunch.core.breaks.BreakEvent;
import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.core.breaks.BreakUi;
import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.core.breaks.InterruptionProbe;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.FakeTime;
import dev.unhunch.testsupport.Waits;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Drives a real {@link BreakEngine} on virtual time for an active user, one tick a second, with
 * real checks behind its probe. Virtual time stands still while a question is out: the driver
 * waits (really, bounded) for the checker thread's answer before the next tick, as the heartbeat
 * is woken by it in the app.
 */
final class EngineDriver {

    final FakeTime time = new FakeTime(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("UTC"));
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<BreakPrompt> notices = new CopyOnWriteArrayList<>();
    final BreakEngine engine;
    private volatile InterruptionProbe.Pending last;

    EngineDriver(Settings settings, InterruptionProbe probe) {
        engine = new BreakEngine(time, time.clock(), settings, new NoticeUi(), this::record);
        engine.useInterruptionProbe(new InterruptionProbe() {
            @Override
            public Pending start(Set<Interruption> checks) {
                Pending pending = probe.start(checks);
                last = pending;
                return pending;
            }
        });
    }

    /** Short breaks with only the given check on. */
    static Settings onlyCheck(Interruption kind) {
        return Settings.builder().longEnabled(false).microInterval(Duration.ofMinutes(1))
                .deferMicrophone(kind == Interruption.MICROPHONE).deferCamera(kind == Interruption.CAMERA)
                .deferFullScreen(kind == Interruption.FULL_SCREEN).deferDoNotDisturb(kind == Interruption.DO_NOT_DISTURB)
                .build();
    }

    /** {@code d} of activity, a tick a second. */
    EngineDriver active(Duration d) {
        for (long s = 0; s < d.toSeconds(); s++) {
            time.advance(Duration.ofSeconds(1));
            engine.tick(Duration.ZERO);
            InterruptionProbe.Pending pending = last;
            if (pending != null) {
                Waits.until("the checks' answer", 15_000, pending::done);
                last = null;
                engine.tick(Duration.ZERO); // the answer woke the engine
            }
        }
        return this;
    }

    BreakStage stage() {
        return engine.stage();
    }

    private void record(BreakEvent e) {
        events.add(e.type() + (e.note().isEmpty() ? "" : " " + e.note()));
    }

    private final class NoticeUi implements BreakUi {
        @Override public void showNotice(BreakPrompt prompt) { notices.add(prompt); }
        @Override public void showBreak(BreakPrompt prompt) { }
        @Override public void updateCountdown(BreakStage stage, BreakKind kind, Duration timeLeft) { }
        @Override public void activityDuringBreak(BreakKind kind, Duration timeLeft) { }
        @Override public void hide() { }
        @Override public void showDailyLimit(Duration activeToday, Duration limit) { }
    }
}
