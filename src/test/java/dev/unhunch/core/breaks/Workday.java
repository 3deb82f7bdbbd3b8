package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.hours;
import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;

/**
 * A realistic 8-hour workday from 09:00, written so that every command lands while its target
 * stage is showing at any tick period up to 10 s.
 */
final class Workday {

    static final Settings SETTINGS = Settings.defaults().toBuilder()
            .dailyLimitEnabled(true).dailyLimit(Duration.ofHours(4)).build();

    private Workday() {
    }

    static Timeline run(Timeline tl) {
        tl.active(min(20)).idle(sec(35));              // 09:20 first micro break, taken
        tl.active(min(18)).idle(min(2));               // coffee: a natural micro break
        tl.active(min(20).plusSeconds(15));            // micro break starts, user keeps typing...
        tl.command("snooze", BreakEngine::snooze);     // ...and snoozes it before working through it
        tl.active(min(2)).idle(min(5).plusSeconds(10)); // the long break comes first: taken
        tl.active(min(12)).idle(sec(8)).active(min(8).plusSeconds(15)); // an 8 s pause still counts
        tl.command("skip", BreakEngine::skip);         // busy: micro break skipped
        tl.active(min(25)).idle(min(45));              // working through a break, then lunch: a natural long break
        tl.active(min(10));
        tl.command("pause 1h", e -> e.pause(PauseRequest.of(hours(1)))); // a meeting, laptop open
        tl.active(hours(1)).active(min(5));            // the pause runs out by itself
        tl.command("chair stretch", e -> e.breakNow(BreakKind.MICRO));
        tl.idle(sec(45));
        for (int i = 0; i < 9; i++) {                  // a focused afternoon, breaks taken promptly
            for (int s = 0; s < 30 * 6 && tl.engine.stage() == BreakStage.COUNTING; s++) {
                tl.active(sec(10));                    // typing until a break is offered
            }
            tl.idle(tl.engine.snapshot().currentKind() == BreakKind.LONG ? min(5).plusSeconds(30) : sec(50));
        }
        return tl;
    }
}
