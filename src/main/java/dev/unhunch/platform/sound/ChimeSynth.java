package dev.unhunch.platform.sound;

import javax.sound.sampled.AudioFormat;

/**
 * Renders a {@link Chime} as 16-bit PCM, with no audio files: each note is a sine with a quieter
 * octave partial, both dying away exponentially like a struck bar. The attack and the end are
 * shaped with raised-cosine ramps so the speaker never jumps (no click), and the whole chime is
 * scaled to a gentle fixed peak well below full scale.
 */
public final class ChimeSynth {

    /** 44.1 kHz mono, signed 16-bit little-endian: what every Linux sound server takes as is. */
    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);
    /** The loudest sample as a fraction of full scale: about -14 dBFS, a chime rather than an alarm. */
    public static final double PEAK = 0.2;
    /** The chime's length in seconds. */
    public static final double LENGTH_SECONDS = 0.7;

    private static final double SECOND_NOTE_AT = 0.17;
    private static final double ATTACK_SECONDS = 0.008;
    private static final double FADE_OUT_SECONDS = 0.05;
    private static final double DECAY_SECONDS = 0.13;
    private static final double PARTIAL_DECAY_SECONDS = 0.06;
    private static final double PARTIAL_LEVEL = 0.22;
    private static final double SECOND_NOTE_LEVEL = 0.9;

    private ChimeSynth() {
    }

    /** The chime's samples at {@link #FORMAT}'s rate, from silence to silence. */
    public static short[] samples(Chime chime) {
        double rate = FORMAT.getSampleRate();
        int count = (int) Math.round(LENGTH_SECONDS * rate);
        double[] mix = new double[count];
        addNote(mix, rate, 0, chime.firstHz(), 1.0);
        addNote(mix, rate, (int) Math.round(SECOND_NOTE_AT * rate), chime.secondHz(), SECOND_NOTE_LEVEL);
        fadeOut(mix, (int) Math.round(FADE_OUT_SECONDS * rate));
        double peak = 0;
        for (double v : mix) {
            peak = Math.max(peak, Math.abs(v));
        }
        double scale = peak == 0 ? 0 : PEAK * Short.MAX_VALUE / peak;
        short[] out = new short[count];
        for (int i = 0; i < count; i++) {
            out[i] = (short) Math.round(mix[i] * scale);
        }
        return out;
    }

    /** The chime as bytes in {@link #FORMAT}, ready for a line. */
    public static byte[] pcm(Chime chime) {
        short[] samples = samples(chime);
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }

    private static void addNote(double[] mix, double rate, int start, double hz, double level) {
        int attack = (int) Math.round(ATTACK_SECONDS * rate);
        for (int i = start; i < mix.length; i++) {
            double t = (i - start) / rate;
            double envelope = Math.exp(-t / DECAY_SECONDS);
            double partial = PARTIAL_LEVEL * Math.exp(-t / PARTIAL_DECAY_SECONDS) * Math.sin(2 * Math.PI * 2 * hz * t);
            double value = level * (envelope * Math.sin(2 * Math.PI * hz * t) + partial);
            if (i - start < attack) {
                value *= raisedCosine((double) (i - start) / attack);
            }
            mix[i] += value;
        }
    }

    private static void fadeOut(double[] mix, int length) {
        for (int k = 0; k < length; k++) {
            mix[mix.length - 1 - k] *= raisedCosine((double) k / length);
        }
    }

    /** 0 at x = 0 rising smoothly to 1 at x = 1, with zero slope at both ends. */
    private static double raisedCosine(double x) {
        return 0.5 - 0.5 * Math.cos(Math.PI * x);
    }
}
