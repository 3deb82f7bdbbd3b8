package dev.unhunch.core.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.time.FakeTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The events carry what the history keeps: today's active time at the event, the stretches the
 * UI planned for the break, and whether the break was asked for. Virtual time, one tick a second.
 */
class BreakEventContentTest {

    private final FakeTime time = new FakeTime(
            LocalDateTime.of(2026, 11, 23, 9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
            ZoneId.of("Europe/Berlin"));
    private final PlanningUi ui = new PlanningUi();
    private final List<BreakEvent> events = new ArrayList<>();
    private final BreakEngine engine = new BreakEngine(time, time.clock(), Settings.defaults(), ui, events::add);
    private Duration idle = Duration.ZERO;

    /** Plans like the Swing adapter: one plan per break, kept until hidden. */
    private static final class PlanningUi implements BreakUi {
        int plans;
        String current;
        final List<String> asked = new ArrayList<>();

        @Override
        public List<String> planStretches(BreakKind kind, Duration length) {
            asked.add(kind.word() + " " + length.toSeconds() + "s");
            if (current == null || !current.startsWith(kind.word())) {
                current = kind.word() + "-plan-" + ++plans;
            }
            return List.of(current, "neck-side");
        }

        @Override public void showNotice(BreakPrompt prompt) { }
        @Override public void showBreak(BreakPrompt prompt) { }
        @Override public void updateCountdown(BreakStage stage, BreakKind kind, Duration timeLeft) { }
        @Override public void activityDuringBreak(BreakKind kind, Duration timeLeft) { }
        @Override public void hide() { current = null; }
        @Override public void showDailyLimit(Duration activeToday, Duration limit) { }
    }

    private void run(Duration d, boolean active) {
        for (long s = 0; s < d.toSeconds(); s++) {
            time.advance(Duration.ofSeconds(1));
            idle = active ? Duration.ZERO : idle.plusSeconds(1);
            engine.tick(time.nanos(), time.wall(), idle);
        }
    }

    /** Active input until the event comes (at most an hour). */
    private void activeUntil(BreakEventType type) {
        for (int s = 0; s < 3600 && events.stream().noneMatch(e -> e.type() == type); s++) {
            run(Duration.ofSeconds(1), true);
        }
    }

    private BreakEvent last(BreakEventType type) {
        return events.stream().filter(e -> e.type() == type).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aScheduledBreakNamesItsStretchesFromOfferToEndWithTodaysActiveTime() {
        activeUntil(BreakEventType.OFFERED);
        BreakEvent offered = last(BreakEventType.OFFERED);
        assertThat(offered.stretchIds()).containsExactly("micro-plan-1", "neck-side");
        assertThat(offered.activeToday()).isEqualTo(engine.snapshot().activeToday()).isPositive();
        assertThat(offered.onDemand()).isFalse();

        run(Duration.ofSeconds(40), false); // the pause starts the break early, then it runs out
        BreakEvent started = last(BreakEventType.STARTED);
        BreakEvent completed = last(BreakEventType.COMPLETED);
        assertThat(started.stretchIds()).isEqualTo(offered.stretchIds());
        assertThat(completed.stretchIds()).isEqualTo(offered.stretchIds());
        assertThat(completed.onDemand()).isFalse();
        assertThat(completed.activeToday()).as("idle time is not active").isEqualTo(started.activeToday());
        assertThat(ui.asked).as("planned for the break's length, at the offer and at the start")
                .containsExactly("micro 30s", "micro 30s");
    }

    @Test
    void aBreakAskedForIsMarkedAndAnotherBreakGetsItsOwnPlan() {
        run(Duration.ofMinutes(5), true);
        assertThat(engine.breakNow(BreakKind.MICRO, Duration.ofSeconds(55)).accepted()).isTrue();
        run(Duration.ofSeconds(56), false); // Done is offered only once the stretches are over; the break then ends by its clock
        BreakEvent started = last(BreakEventType.STARTED);
        BreakEvent done = last(BreakEventType.COMPLETED);
        assertThat(started.onDemand()).isTrue();
        assertThat(done.onDemand()).isTrue();
        assertThat(done.stretchIds()).containsExactly("micro-plan-1", "neck-side");
        assertThat(done.activeToday()).isEqualTo(engine.snapshot().activeToday()).isPositive();
        assertThat(ui.asked).containsExactly("micro 55s");

        assertThat(engine.takeNow().accepted()).as("from counting: the break due soonest, asked for").isTrue();
        assertThat(engine.skip().accepted()).isTrue();
        BreakEvent skipped = last(BreakEventType.SKIPPED);
        assertThat(skipped.onDemand()).isTrue();
        assertThat(skipped.stretchIds()).containsExactly("micro-plan-2", "neck-side");
    }

    @Test
    void restTakenOnOnesOwnAndPausesNameNoStretches() {
        run(Duration.ofMinutes(2), true);
        run(Duration.ofMinutes(6), false); // long enough for a natural micro break
        BreakEvent natural = last(BreakEventType.NATURAL);
        assertThat(natural.stretchIds()).isEmpty();
        assertThat(natural.onDemand()).isFalse();
        assertThat(engine.pause(PauseRequest.indefinitely()).accepted()).isTrue();
        BreakEvent paused = last(BreakEventType.PAUSED);
        assertThat(paused.stretchIds()).isEmpty();
        assertThat(paused.activeToday()).isEqualTo(natural.activeToday());
        assertThat(ui.asked).isEmpty();
    }
}
