package dev.unhunch.platform.sound;

import dev.unhunch.core.log.Log;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays chimes through Java Sound's default output line on one daemon thread of its own, which
 * exists only while there is something to play (it ends after a few idle seconds). On Linux the
 * default line is ALSA's {@code default} device, which on a PulseAudio or PipeWire desktop is the
 * sound server (see docs/decisions/0009-break-chime.md). Without an audio device the chime is
 * silently dropped; the log says so once, and again only after sound had worked in between.
 */
public final class SoundLinePlayer implements ChimePlayer, AutoCloseable {

    /** Opens and starts an output line; the default one asks {@link AudioSystem}. */
    @FunctionalInterface
    public interface LineOpener {
        SourceDataLine open() throws LineUnavailableException;
    }

    private static final Log LOG = Log.of(SoundLinePlayer.class);
    private static final long IDLE_SECONDS = 5;
    /** Chimes waiting behind the one playing; more are dropped (they would come late anyway). */
    private static final int QUEUE = 2;

    private final LineOpener opener;
    private final ThreadPoolExecutor thread;
    /** Whether the last attempt reached a device; null before the first. Only the sound thread writes it. */
    private volatile Boolean lastWorked;

    public SoundLinePlayer() {
        this(SoundLinePlayer::defaultLine);
    }

    public SoundLinePlayer(LineOpener opener) {
        this.opener = opener;
        this.thread = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUE), runnable -> {
                    Thread t = new Thread(runnable, "unhunch-sound");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.DiscardPolicy());
        thread.allowCoreThreadTimeOut(true);
    }

    @Override
    public void play(Chime chime) {
        try {
            thread.execute(() -> playHere(chime));
        } catch (RejectedExecutionException e) {
            // closed: the app is quitting
        }
    }

    /** Plays on the calling thread until the chime has been heard; never throws. */
    void playHere(Chime chime) {
        SourceDataLine line = null;
        try {
            line = opener.open();
            byte[] pcm = ChimeSynth.pcm(chime);
            line.write(pcm, 0, pcm.length);
            line.drain();
            if (!Boolean.TRUE.equals(lastWorked)) {
                LOG.info("Sound: chimes play on the default audio output");
            }
            lastWorked = true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException | LinkageError e) {
            // LinkageError: Java Sound's native library cannot load (no libasound on the system)
            if (!Boolean.FALSE.equals(lastWorked)) {
                LOG.info("Sound: no audio output, chimes stay silent (" + e.getMessage() + ")");
            }
            lastWorked = false;
        } catch (RuntimeException e) {
            LOG.warn("Sound: the chime failed", e);
        } finally {
            if (line != null) {
                line.close();
            }
        }
    }

    private static SourceDataLine defaultLine() throws LineUnavailableException {
        SourceDataLine line = AudioSystem.getSourceDataLine(ChimeSynth.FORMAT);
        try {
            line.open(ChimeSynth.FORMAT);
            line.start();
            return line;
        } catch (LineUnavailableException | RuntimeException e) {
            line.close();
            throw e;
        }
    }

    /** Lets a chime that is playing finish; drops any still waiting and refuses new ones. */
    @Override
    public void close() {
        thread.shutdown();
        thread.getQueue().clear();
    }
}
