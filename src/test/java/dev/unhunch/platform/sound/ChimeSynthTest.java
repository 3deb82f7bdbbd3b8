package dev.unhunch.platform.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChimeSynthTest {

    private static final double RATE = ChimeSynth.FORMAT.getSampleRate();

    @ParameterizedTest
    @EnumSource(Chime.class)
    void aShortChimeThatStaysWellBelowClipping(Chime chime) {
        short[] samples = ChimeSynth.samples(chime);

        assertThat(samples.length / RATE).isBetween(0.4, 0.8);
        int peak = peak(samples, 0, samples.length);
        double peakDbfs = 20 * Math.log10(peak / (double) Short.MAX_VALUE);
        assertThat(peakDbfs).as("peak level in dBFS").isCloseTo(-14, within(0.5));
    }

    @ParameterizedTest
    @EnumSource(Chime.class)
    void startsAndEndsInSilenceWithoutAClick(Chime chime) {
        short[] samples = ChimeSynth.samples(chime);
        int peak = peak(samples, 0, samples.length);

        assertThat(samples[0]).isZero();
        assertThat(Math.abs(samples[samples.length - 1])).isLessThanOrEqualTo(1);
        // The first and last millisecond are ramps, far below the level reached a few ms in.
        int ms = (int) (RATE / 1000);
        assertThat(peak(samples, 0, ms)).isLessThan(peak / 20);
        assertThat(peak(samples, samples.length - ms, samples.length)).isLessThan(peak / 100);
        // No jump anywhere bigger than the steepest slope of the highest partial at full level: a
        // click (a note starting or stopping abruptly) would step by a good part of the peak.
        double steepest = 2 * Math.PI * 2 * 880.0 / RATE * peak;
        for (int i = 1; i < samples.length; i++) {
            assertThat((double) Math.abs(samples[i] - samples[i - 1])).as("step at sample %d", i)
                    .isLessThanOrEqualTo(steepest);
        }
    }

    @Test
    void theStartChimeRisesAndTheEndChimeFalls() {
        assertThat(pitchOf(ChimeSynth.samples(Chime.BREAK_START), 0.02, 0.15)).isEqualTo(659.26);
        assertThat(pitchOf(ChimeSynth.samples(Chime.BREAK_START), 0.25, 0.45)).isEqualTo(880.0);
        assertThat(pitchOf(ChimeSynth.samples(Chime.BREAK_END), 0.02, 0.15)).isEqualTo(880.0);
        assertThat(pitchOf(ChimeSynth.samples(Chime.BREAK_END), 0.25, 0.45)).isEqualTo(659.26);
    }

    @Test
    void pcmIsTheSamplesAsLittleEndianBytes() {
        short[] samples = ChimeSynth.samples(Chime.BREAK_START);
        byte[] pcm = ChimeSynth.pcm(Chime.BREAK_START);

        assertThat(pcm).hasSize(samples.length * 2);
        for (int i = 0; i < samples.length; i += 997) {
            assertThat((short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8))).isEqualTo(samples[i]);
        }
        assertThat(ChimeSynth.FORMAT.isBigEndian()).isFalse();
    }

    /** Which of the two notes is louder in the window, by the energy at each pitch (Goertzel). */
    private static double pitchOf(short[] samples, double fromSeconds, double toSeconds) {
        int from = (int) (fromSeconds * RATE);
        int to = (int) (toSeconds * RATE);
        return energyAt(samples, from, to, 659.26) > energyAt(samples, from, to, 880.0) ? 659.26 : 880.0;
    }

    static double energyAt(short[] samples, int from, int to, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / RATE);
        double previous = 0;
        double beforePrevious = 0;
        for (int i = from; i < to; i++) {
            double current = samples[i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }

    private static int peak(short[] samples, int from, int to) {
        int peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, Math.abs(samples[i]));
        }
        return peak;
    }
}
