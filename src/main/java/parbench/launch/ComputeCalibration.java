package parbench.launch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import parbench.catalog.Params;
import parbench.machine.MachineRecord;
import parbench.work.ComputeSpeed;

/**
 * The waiting work's compute C, sized once for the whole run: the range-sum kernel's speed is
 * measured in the forks' JVM (started as JMH starts a fork, with the forks' JVM arguments, as
 * {@link JvmProbe} is) and passed to every fork as {@code -p elementsPerMicro}, so every fork sums
 * the same elements per task, and the machine record keeps the speed. Nothing is measured where no
 * selected benchmark has the parameter or the command line gives it; with -f 0 the benchmarks run
 * in the launcher, and it is measured there.
 */
final class ComputeCalibration {
    private static final String SPEED = "elementsPerMicro";

    private ComputeCalibration() {
    }

    /** The calibration's own side, run in the forks' JVM: it writes what {@link #apply} reads to the file args[0]. */
    public static void main(String[] args) throws java.io.IOException {
        JvmProbe.answer(args[0], Map.of(SPEED, Double.toString(ComputeSpeed.elementsPerMicro())));
    }

    /** The options with the speed set for every fork, and the record of it (empty where nothing was measured). */
    record Applied(Options options, Optional<MachineRecord.Calibration> calibration) {
    }

    static Applied apply(Options options, PrintStream out) {
        if (options.getParameter(Params.ELEMENTS_PER_MICRO).hasValue() || !selected(options)) {
            return new Applied(options, Optional.empty());
        }
        long start = System.nanoTime();
        boolean here = options.getForkCount().orElse(1) == 0;
        double speed = Double.parseDouble(value(here ? ComputeSpeed.elementsPerMicro() : inForkJvm(options)));
        MachineRecord.Calibration c = new MachineRecord.Calibration(speed, here ? "launcher" : "forks' JVM",
                (System.nanoTime() - start) / 1e9);
        out.printf(Locale.ROOT, "# parbench: the waiting work's compute: the range-sum kernel sums %.0f elements a "
                + "microsecond in the %s (measured in %.1f s); every fork gets -p %s=%s%n", speed, c.measuredIn(),
                c.seconds(), Params.ELEMENTS_PER_MICRO, value(speed));
        Options withSpeed = new OptionsBuilder().parent(options).param(Params.ELEMENTS_PER_MICRO, value(speed)).build();
        return new Applied(withSpeed, Optional.of(c));
    }

    /** Whether some selected benchmark sizes its compute by the speed. */
    static boolean selected(Options options) {
        return Configuration.plan(options).stream().anyMatch(c -> c.params().containsKey(Params.ELEMENTS_PER_MICRO));
    }

    /** The speed as the parameter carries it: whole elements a microsecond are precise enough for C. */
    static String value(double speed) {
        return String.format(Locale.ROOT, "%.1f", speed);
    }

    private static double inForkJvm(Options options) {
        Map<String, String> printed = JvmProbe.run(JvmProbe.forkJvm(options), JvmProbe.forkArguments(options),
                ComputeCalibration.class);
        try {
            double speed = Double.parseDouble(printed.getOrDefault(SPEED, ""));
            if (speed > 0) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserError("the forks' JVM measured no speed for the waiting work's kernel (it printed " + printed + ")");
    }
}
