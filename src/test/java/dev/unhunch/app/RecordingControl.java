package dev.unhunch.app;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.PauseRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake {@link AppControl} that records each call and answers with a configurable result. */
final class RecordingControl implements AppControl {

    final List<String> calls = new ArrayList<>();
    ControlResult answer = ControlResult.ok("done", Map.of("answer", 1));

    private ControlResult record(String call) {
        synchronized (calls) {
            calls.add(call);
        }
        return answer;
    }

    @Override
    public ControlResult status() {
        return record("status");
    }

    @Override
    public ControlResult follow() {
        return record("follow");
    }

    @Override
    public ControlResult breakNow(Optional<BreakKind> kind) {
        return record("break " + kind.map(Enum::name).orElse("next"));
    }

    @Override
    public ControlResult stretchNow() {
        return record("stretch");
    }

    @Override
    public ControlResult snooze(Optional<Duration> duration) {
        return record("snooze " + duration.map(Duration::toString).orElse("default"));
    }

    @Override
    public ControlResult skip() {
        return record("skip");
    }

    @Override
    public ControlResult pause(PauseRequest request) {
        String what = request instanceof PauseRequest.For timed ? "FOR_DURATION " + timed.duration()
                : request instanceof PauseRequest.UntilTomorrow ? "UNTIL_TOMORROW" : "INDEFINITELY";
        return record("pause " + what);
    }

    @Override
    public ControlResult resume() {
        return record("resume");
    }

    @Override
    public ControlResult showSettings() {
        return record("settings");
    }

    @Override
    public ControlResult showStats() {
        return record("stats");
    }

    @Override
    public ControlResult showStatus() {
        return record("show");
    }

    @Override
    public ControlResult diagnose() {
        return record("diagnose");
    }

    @Override
    public ControlResult quit() {
        return record("quit");
    }
}
