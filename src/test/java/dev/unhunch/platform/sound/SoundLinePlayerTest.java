package dev.unhunch.platform.sound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.testsupport.Waits;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SoundLinePlayerTest {

    private final Logger logger = Logger.getLogger(SoundLinePlayer.class.getName());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void withoutAnAudioDeviceItStaysSilentAndSaysSoOnce() {
        // what Java Sound throws with no ALSA default device, with the device busy, and without libasound
        AtomicInteger attempts = new AtomicInteger();
        SoundLinePlayer player = new SoundLinePlayer(() -> {
            switch (attempts.incrementAndGet() % 3) {
                case 1 -> throw new IllegalArgumentException("No line matching interface SourceDataLine");
                case 2 -> throw new LineUnavailableException("device busy");
                default -> throw new UnsatisfiedLinkError("libasound.so.2: cannot open shared object file");
            }
        });

        for (int i = 0; i < 6; i++) {
            player.playHere(Chime.BREAK_START);
        }

        assertThat(attempts).hasValue(6);
        assertThat(logged).singleElement().asString().startsWith("Sound: no audio output, chimes stay silent");
    }

    @Test
    void aDeviceThatComesBackIsUsedAndLoggedAgainWhenItGoes() {
        AtomicBoolean present = new AtomicBoolean(false);
        ByteArrayOutputStream played = new ByteArrayOutputStream();
        SoundLinePlayer player = new SoundLinePlayer(() -> {
            if (!present.get()) {
                throw new LineUnavailableException("gone");
            }
            return recordingLine(played, null, new AtomicBoolean());
        });

        player.playHere(Chime.BREAK_START);
        present.set(true);
        player.playHere(Chime.BREAK_START);
        player.playHere(Chime.BREAK_END);
        present.set(false);
        player.playHere(Chime.BREAK_END);

        assertThat(logged).hasSize(3);
        assertThat(logged.get(1)).startsWith("Sound: chimes play on");
        assertThat(played.size()).isEqualTo(ChimeSynth.pcm(Chime.BREAK_START).length * 2);
    }

    @Test
    void playReturnsAtOnceAndTheChimePlaysOnADaemonThreadOfItsOwn() throws Exception {
        CountDownLatch heard = new CountDownLatch(1);
        AtomicReference<Thread> playedOn = new AtomicReference<>();
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream played = new ByteArrayOutputStream();
        SoundLinePlayer player = new SoundLinePlayer(() -> {
            playedOn.set(Thread.currentThread());
            return recordingLine(played, heard, closed);
        });

        long before = System.nanoTime();
        player.play(Chime.BREAK_END);
        long callMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);

        assertThat(callMillis).as("play() does not wait for the chime (drain() blocks 10 s)").isLessThan(2000);
        Waits.until("the line is written to", 5000, () -> played.size() > 0);
        assertThat(closed).as("still playing while the line blocks").isFalse();
        assertThat(playedOn.get().getName()).isEqualTo("unhunch-sound");
        assertThat(playedOn.get().isDaemon()).isTrue();
        heard.countDown();
        Waits.until("the line is closed", 5000, closed::get);
        assertThat(played.toByteArray()).isEqualTo(ChimeSynth.pcm(Chime.BREAK_END));
        player.close();
        player.play(Chime.BREAK_START); // after close: ignored, no exception
    }

    /** A line that keeps what is written; drain() waits for {@code heard} when given. */
    private static SourceDataLine recordingLine(ByteArrayOutputStream sink, CountDownLatch heard, AtomicBoolean closed) {
        return (SourceDataLine) Proxy.newProxyInstance(SourceDataLine.class.getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "write" -> {
                            synchronized (sink) {
                                sink.write((byte[]) args[0], (int) args[1], (int) args[2]);
                            }
                            return args[2];
                        }
                        case "drain" -> {
                            if (heard != null) {
                                heard.await(10, TimeUnit.SECONDS);
                            }
                            return null;
                        }
                        case "close" -> {
                            closed.set(true);
                            return null;
                        }
                        default -> {
                            return null;
                        }
                    }
                });
    }
}
