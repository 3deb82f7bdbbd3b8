package dev.unhunch.testsupport;

import java.util.ArrayList;
import java.util.List;

/** Finds the sounds in a recording: stretches above a silence threshold, split at pauses. */
public final class SoundSegments {

    /** -60 dBFS: far below any chime and far above the exact zeros a null sink's monitor gives in silence. */
    public static final int SILENCE = 33;

    /** One sound: sample indexes (end exclusive) and its loudest sample. */
    public record Segment(int start, int end, int peak) {
        public double seconds(int rate) {
            return (end - start) / (double) rate;
        }

        public double peakDbfs() {
            return 20 * Math.log10(peak / (double) Short.MAX_VALUE);
        }
    }

    private SoundSegments() {
    }

    /** The sounds in {@code samples}; quieter stretches shorter than {@code minPause} samples do not split one. */
    public static List<Segment> find(short[] samples, int minPause) {
        List<Segment> found = new ArrayList<>();
        int start = -1;
        int lastLoud = -1;
        int peak = 0;
        for (int i = 0; i < samples.length; i++) {
            int level = Math.abs(samples[i]);
            if (level <= SILENCE) {
                if (start >= 0 && i - lastLoud > minPause) {
                    found.add(new Segment(start, lastLoud + 1, peak));
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = i;
                peak = 0;
            }
            lastLoud = i;
            peak = Math.max(peak, level);
        }
        if (start >= 0) {
            found.add(new Segment(start, lastLoud + 1, peak));
        }
        return found;
    }

    /**
     * Whether, from 20 to 150 ms into {@code sound}, there is more energy at {@code lowHz} than at
     * {@code highHz}: which of a chime's two notes comes first.
     */
    public static boolean startsLow(short[] samples, Segment sound, double lowHz, double highHz, int rate) {
        int from = sound.start() + rate / 50;
        int to = Math.min(samples.length, sound.start() + rate * 15 / 100);
        return energyAt(samples, from, to, lowHz, rate) > energyAt(samples, from, to, highHz, rate);
    }

    /** The energy at one frequency in {@code samples[from, to)} (Goertzel), to tell which note sounds. */
    public static double energyAt(short[] samples, int from, int to, double hz, int rate) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / rate);
        double previous = 0;
        double beforePrevious = 0;
        for (int i = from; i < to; i++) {
            double current = samples[i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }
}
