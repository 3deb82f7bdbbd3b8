package dev.unhunch.platform.interrupt;

import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.platform.idle.Environment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what one "don't interrupt" check costs on this desktop: the wall time of each kind
 * (median and slowest of {@code runs}, after two warm-up rounds) and its answer, plus the whole
 * question as the engine asks it (all four, none holding). Run by {@code bench/interrupt-checks.sh},
 * which sets up a desktop to ask; never part of the build.
 */
public final class InterruptionCheckBenchmark {

    private InterruptionCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        InterruptionChecks checks = InterruptionChecks.forCurrentDesktop();
        System.out.println("check          median ms  max ms  answer  (" + runs + " runs; " + Environment.current().describeSession() + ")");
        for (Interruption kind : Interruption.values()) {
            measure(kind.id(), runs, () -> checks.ask(java.util.EnumSet.of(kind)) == kind ? "holds" : "no");
        }
        measure("all four", runs, () -> String.valueOf(checks.ask(java.util.EnumSet.allOf(Interruption.class))));
        Map<String, String> availability = checks.availability();
        availability.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    }

    private interface Run {
        String once() throws Exception;
    }

    private static void measure(String name, int runs, Run run) throws Exception {
        run.once();
        run.once();
        List<Double> ms = new ArrayList<>();
        String answer = "";
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            answer = run.once();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        System.out.println(String.format(Locale.ROOT, "%-14s %9.1f %7.1f  %s", name, ms.get(ms.size() / 2),
                ms.get(ms.size() - 1), answer));
    }
}
