package dev.unhunch.core.breaks;

import static dev.unhunch.core.breaks.Timeline.min;
import static dev.unhunch.core.breaks.Timeline.sec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Don't interrupt" on virtual time, with a fake probe: a due break waits while a reason holds,
 * is asked about once a minute, follows a minute after the reason ends, and is offered gently after
 * the longest wait. Nothing is asked while counting.
 */
class DeferralTest {

    /** A probe whose answer the test sets; it can also never answer. */
    static final class FakeProbe implements InterruptionProbe {
        Interruption reason;
        boolean hang;
        final List<String> asked = new ArrayList<>();
        Timeline timeline;

        @Override
        public Pending start(Set<Interruption> checks) {
            asked.add(timeline.stamp() + " " + checks);
            if (hang) {
                return new Pending() {
                    @Override public boolean done() { return false; }
                    @Override public Interruption reason() { return null; }
                };
            }
            return InterruptionProbe.answered(reason);
        }
    }

    private final FakeProbe probe = new FakeProbe();

    private Timeline timeline(Settings settings) {
        Timeline tl = new Timeline(settings);
        tl.engine.useInterruptionProbe(probe);
        probe.timeline = tl;
        return tl;
    }

    private static String lines(List<String> l) {
        return String.join("\n", l);
    }

    @Test
    void aBreakWithNothingToWaitForIsOfferedAtOnceAfterOneQuestion() {
        Timeline tl = timeline(Settings.defaults()).active(min(20));
        assertThat(tl.matching("OFFERED")).containsExactly("0:19:45 OFFERED micro");
        assertThat(probe.asked).containsExactly("0:19:45 [MICROPHONE, CAMERA, FULL_SCREEN, DO_NOT_DISTURB]");
    }

    @Test
    void aCallDefersTheBreakWhichFollowsAMinuteAfterTheCallEnds() {
        probe.reason = Interruption.MICROPHONE;
        Timeline tl = timeline(Settings.defaults()).active(min(25));
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
        EngineSnapshot s = tl.engine.snapshot();
        assertThat(s.deferred().reason()).isEqualTo(Interruption.MICROPHONE);
        assertThat(s.deferred().since()).isEqualTo(Duration.ofSeconds(315));
        assertThat(s.deferred().grace()).isFalse();
        // asked when due, then once a minute
        assertThat(probe.asked).hasSize(6);
        assertThat(probe.asked.get(1)).startsWith("0:20:45 ");

        assertThat(StatusText.format(s, Timeline.BERLIN)).isEqualTo("break waits: microphone in use (5:15)");

        probe.reason = null; // the call ends at 25:00; the 25:45 question finds it over
        tl.active(min(1));
        assertThat(tl.engine.snapshot().deferred().grace()).isTrue();
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN))
                .isEqualTo("break follows shortly (microphone free)");
        tl.active(min(1));
        assertThat(lines(tl.events)).isEqualTo("""
                0:19:45 DEFERRED micro microphone
                0:26:45 OFFERED micro after microphone
                0:27:00 STARTED micro due""");
        assertThat(tl.ui.stream().filter(l -> l.contains("notice")).toList()).containsExactly("0:26:45 notice micro in 15s snoozes 0/3 after microphone");
        assertThat(tl.engine.snapshot().deferred()).isNull();
        assertThat(tl.records.get(0).note()).isEqualTo("microphone");
    }

    @Test
    void theBreakStartsAsUsualAfterItsNoticeOnceTheCallIsOver() {
        probe.reason = Interruption.CAMERA;
        Timeline tl = timeline(Settings.defaults()).active(min(21));
        probe.reason = null;
        tl.active(min(2)).idle(sec(40));
        assertThat(tl.events).contains("0:22:45 OFFERED micro after camera", "0:23:00 STARTED micro due",
                "0:23:30 COMPLETED micro");
    }

    @Test
    void aReasonThatComesBackInTheGraceKeepsTheBreakWaitingWithoutANewRecord() {
        probe.reason = Interruption.FULL_SCREEN;
        Timeline tl = timeline(Settings.defaults()).active(min(20));
        probe.reason = null;
        tl.active(sec(60)); // 20:45: clear, grace until 21:45
        probe.reason = Interruption.DO_NOT_DISTURB;
        tl.active(min(3));
        assertThat(tl.matching("DEFERRED")).containsExactly("0:19:45 DEFERRED micro full-screen");
        assertThat(tl.matching("OFFERED")).isEmpty();
        assertThat(tl.engine.snapshot().deferred().reason()).isEqualTo(Interruption.DO_NOT_DISTURB);
    }

    @Test
    void afterTheLongestWaitTheBreakIsOfferedGentlyAndNeverCoversTheCall() {
        Settings strict = Settings.builder().strictMode(true).maxDeferral(min(10)).build();
        probe.reason = Interruption.MICROPHONE;
        Timeline tl = timeline(strict).active(min(19).plusSeconds(45)).active(min(10));
        assertThat(tl.matching("OFFERED")).containsExactly("0:29:45 OFFERED micro gently after microphone");
        assertThat(tl.ui.stream().filter(l -> l.contains("notice")).toList()).containsExactly("0:29:45 notice micro in 15s snoozes 0/3 after microphone gently");
        // the notice stays: the break never starts by itself, not after its countdown, not after a pause
        tl.active(min(2)).idle(sec(10)).active(min(1));
        assertThat(tl.matching("STARTED")).isEmpty();
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
        // strict mode does not hold for it: it can be snoozed
        assertThat(tl.command("snooze", BreakEngine::snooze).accepted()).isTrue();
    }

    @Test
    void aGentleOfferSaysItIsOfferedNotThatTheBreakIsDueInNoTime() {
        Settings settings = Settings.builder().maxDeferral(min(5)).build();
        probe.reason = Interruption.MICROPHONE;
        Timeline tl = timeline(settings).active(min(24).plusSeconds(45));
        assertThat(tl.matching("OFFERED")).containsExactly("0:24:45 OFFERED micro gently after microphone");
        // its notice ran out long ago, and the break never starts by itself
        tl.active(min(3));
        EngineSnapshot s = tl.engine.snapshot();
        assertThat(s.stage()).isEqualTo(BreakStage.NOTICE);
        assertThat(s.offeredGently()).isTrue();
        assertThat(StatusText.format(s, Timeline.BERLIN)).isEqualTo("micro break offered, whenever you are ready");
        // snoozed, the next offer is an ordinary one with its countdown
        tl.command("snooze", BreakEngine::snooze);
        probe.reason = null;
        for (int i = 0; i < 600 && tl.engine.stage() != BreakStage.NOTICE; i++) {
            tl.active(sec(1));
        }
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.NOTICE);
        assertThat(tl.engine.snapshot().offeredGently()).isFalse();
        assertThat(StatusText.format(tl.engine.snapshot(), Timeline.BERLIN)).startsWith("micro break in 0:");
    }

    @Test
    void aGentleNoticeGoesAwayWhenTheUserRestsTheBreaksLength() {
        Settings settings = Settings.builder().maxDeferral(min(5)).build();
        probe.reason = Interruption.MICROPHONE;
        Timeline tl = timeline(settings).active(min(25)).idle(sec(45));
        assertThat(lines(tl.events)).isEqualTo("""
                0:19:45 DEFERRED micro microphone
                0:24:45 OFFERED micro gently after microphone
                0:25:30 NATURAL micro idle""");
        assertThat(tl.ui).containsExactly("0:24:45 notice micro in 15s snoozes 0/3 after microphone gently",
                "0:25:30 hide");
        assertThat(tl.engine.stage()).isEqualTo(BreakStage.COUNTING);
    }

    @Test
    void theLongestWaitCountsActiveTimeOnly() {
        Settings settings = Settings.builder().maxDeferral(min(5)).build();
        probe.reason = Interruption.MICROPHONE;
        // listening in a call: idle stretches shorter than the break do not count towards the wait
        Timeline tl = timeline(settings).active(min(20));
        for (int i = 0; i < 10; i++) {
            tl.idle(sec(20)).active(sec(20));
        }
        assertThat(tl.matching("OFFERED")).isEmpty();
        tl.active(min(2));
        assertThat(tl.matching("OFFERED")).hasSize(1);
    }

    @Test
    void aCheckThatNeverAnswersCostsTenSecondsAndTheBreakIsOffered() {
        probe.hang = true;
        Timeline tl = timeline(Settings.defaults()).active(min(20));
        assertThat(tl.matching("OFFERED")).containsExactly("0:19:55 OFFERED micro");
        assertThat(tl.matching("DEFERRED")).isEmpty();
    }

    @Test
    void checksThatAreOffAreNotAskedAndAllOffAsksNothing() {
        Settings onlyCamera = Settings.builder().deferMicrophone(false).deferFullScreen(false)
                .deferDoNotDisturb(false).build();
        Timeline tl = timeline(onlyCamera).active(min(20));
        assertThat(probe.asked).containsExactly("0:19:45 [CAMERA]");

        Settings none = onlyCamera.toBuilder().deferCamera(false).build();
        probe.asked.clear();
        probe.reason = Interruption.MICROPHONE;
        Timeline quiet = timeline(none).active(min(20));
        assertThat(probe.asked).isEmpty();
        assertThat(quiet.matching("OFFERED")).containsExactly("0:19:45 OFFERED micro");
    }

    @Test
    void nothingIsAskedWhileCountingAndTheHeartbeatSleepsUntilTheNextQuestion() {
        probe.reason = Interruption.MICROPHONE;
        Timeline tl = timeline(Settings.defaults()).active(min(19));
        assertThat(probe.asked).isEmpty();
        tl.active(min(1).plusSeconds(30)); // 20:30: deferred at 19:45, next question at 20:45
        assertThat(probe.asked).hasSize(1);
        // not the 0.1 s floor of a break that is overdue: the next question bounds the sleep
        assertThat(tl.engine.tickPlan().deadline()).isEqualTo(sec(15));
    }

    @Test
    void aPauseForgetsTheWait() {
        probe.reason = Interruption.MICROPHONE;
        Timeline tl = timeline(Settings.defaults()).active(min(21));
        tl.command("pause", e -> e.pause(PauseRequest.of(min(10))));
        assertThat(tl.engine.snapshot().deferred()).isNull();
    }
}
