package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.platform.ipc.IpcHandler;
import dev.unhunch.platform.ipc.IpcReply;
import dev.unhunch.platform.ipc.IpcRequest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlDispatcherTest {

    private final RecordingControl control = new RecordingControl();
    private final ControlDispatcher dispatcher = new ControlDispatcher(control);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status|||status",
        "break|||break next",
        "break|kind|LONG|break LONG",
        "stretch|||stretch",
        "snooze|||snooze default",
        "snooze|duration|1h30m|snooze PT1H30M",
        "skip|||skip",
        "pause|||pause INDEFINITELY",
        "pause|mode|until-tomorrow|pause UNTIL_TOMORROW",
        "resume|||resume",
        "settings|||settings",
        "stats|||stats",
        "show|||show",
        "diagnose|||diagnose",
        "quit|||quit"})
    void eachCommandReachesItsMethod(String cmd, String arg, String value, String expectedCall) {
        Map<String, Object> args = arg == null ? Map.of() : Map.of(arg, value);
        IpcHandler.Handled handled = dispatcher.handle(IpcRequest.of(cmd, args));
        assertThat(handled.reply().ok()).isTrue();
        assertThat(handled.reply().data()).containsEntry("answer", 1);
        assertThat(control.calls).containsExactly(expectedCall);
    }

    @Test
    void pauseForADuration() {
        dispatcher.handle(IpcRequest.of("pause", Map.of("mode", "duration", "duration", "45m")));
        assertThat(control.calls).containsExactly("pause FOR_DURATION PT45M");
    }

    @Test
    void refusalKeepsTheReason() {
        control.answer = ControlResult.refused("the snooze limit of 3 is reached");
        IpcReply reply = dispatcher.handle(IpcRequest.of("snooze")).reply();
        assertThat(reply.ok()).isFalse();
        assertThat(reply.error()).isEqualTo(IpcReply.ERROR_REFUSED);
        assertThat(reply.message()).isEqualTo("the snooze limit of 3 is reached");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "break|kind|medium",
        "snooze|duration|soon",
        "snooze|duration|0",
        "pause|mode|sometime",
        "pause|mode|duration"})
    void badArgumentsAreBadRequestsAndCallNothing(String cmd, String arg, String value) {
        IpcReply reply = dispatcher.handle(IpcRequest.of(cmd, Map.of(arg, value))).reply();
        assertThat(reply.error()).isEqualTo(IpcReply.ERROR_BAD_REQUEST);
        assertThat(reply.message()).isNotBlank();
        assertThat(control.calls).isEmpty();
    }

    @Test
    void unknownCommand() {
        IpcReply reply = dispatcher.handle(IpcRequest.of("dance")).reply();
        assertThat(reply.error()).isEqualTo(IpcReply.ERROR_UNKNOWN_COMMAND);
        assertThat(reply.message()).contains("dance");
    }

    @Test
    void followUpActionIsHandedToTheServer() {
        AtomicBoolean ran = new AtomicBoolean();
        control.answer = ControlResult.ok("Quitting").then(() -> ran.set(true));
        IpcHandler.Handled handled = dispatcher.handle(IpcRequest.of("quit"));
        assertThat(ran).isFalse();
        handled.afterReply().run();
        assertThat(ran).isTrue();
    }
}
