package parbench.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import parbench.catalog.Bench;
import parbench.catalog.Params;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.Metric;

/**
 * Result rows of the waiting work with known truth, shaped like real runs: each round of forks
 * shares the host's drift, which persists from round to round (a random walk); each fork has a
 * level of its own; its iterations are still speeding up a little and scatter by 1-6% (a sd of
 * each configuration's own); and each iteration counts the tasks it finished (its waits too).
 */
public final class SimulatedWaiting {
    static final double COMPUTE_MICROS = 100;
    static final int ITERATIONS = 3;
    static final double ITERATION_SECONDS = 0.1;

    private final SplittableRandom random;
    private final int forks;
    private final double[] drift;
    private final String jdk;
    public final List<BenchmarkRow> rows = new ArrayList<>();

    public SimulatedWaiting(long seed, int forks, String jdk) {
        this.random = new SplittableRandom(seed);
        this.forks = forks;
        this.jdk = jdk;
        this.drift = new double[forks];
        double walk = 0;
        for (int r = 0; r < forks; r++) {
            walk += gaussian() * 0.015;
            drift[r] = Math.exp(walk);
        }
    }

    /** Goetz's truth with a knee: N / (C + W) tasks a second, at most cores / C, times a loss past the top. */
    public static IntToDoubleFunction knee(int cores, double waitMicros, double lossAtTwiceTheKnee) {
        return n -> {
            double open = n / ((COMPUTE_MICROS + waitMicros) / 1e6);
            double cap = cores / (COMPUTE_MICROS / 1e6);
            double past = Math.max(1, open / cap);
            return Math.min(open, cap) * Math.pow(1 - lossAtTwiceTheKnee, Math.log(past) / Math.log(2));
        };
    }

    public SimulatedWaiting pools(int waitPercent, int[] sizes, IntToDoubleFunction truth) {
        for (int n : sizes) {
            add(Bench.WAITING_POOL, sweep(waitPercent, "park", String.valueOf(n)), truth.applyAsDouble(n));
        }
        return this;
    }

    public SimulatedWaiting executor(Bench bench, int waitPercent, String blocking, double truth) {
        return add(bench, sweep(waitPercent, blocking, null), truth);
    }

    public SimulatedWaiting socketPool(int waitPercent, int size, double truth) {
        return add(Bench.WAITING_POOL, sweep(waitPercent, "socket", String.valueOf(size)), truth);
    }

    private static Map<String, String> sweep(int waitPercent, String blocking, String poolSize) {
        Map<String, String> p = new HashMap<>(Map.of(Params.WAIT_PERCENT, String.valueOf(waitPercent),
                Params.BLOCKING, blocking, Params.COMPUTE_MICROS, String.valueOf(COMPUTE_MICROS), Params.ELEMENTS_PER_MICRO,
                "3477.0"));
        if (poolSize != null) {
            p.put(Params.POOL_SIZE, poolSize);
        }
        return p;
    }

    /** A configuration of the sweep: tasks a second per iteration, its tasks' waits (W plus 6% plus 5 µs) and computes (C plus 10%). */
    private SimulatedWaiting add(Bench bench, Map<String, String> params, double truth) {
        double sd = 0.01 + 0.05 * random.nextDouble();
        double waitNanos = parbench.work.MixedWork.waitNanos(COMPUTE_MICROS * 1e3,
                Integer.parseInt(params.get(Params.WAIT_PERCENT))) * 1.06 + 5_000;
        double[][] rate = new double[forks][ITERATIONS];
        double[][] waited = new double[forks][ITERATIONS];
        double[][] computed = new double[forks][ITERATIONS];
        double[][] timed = new double[forks][ITERATIONS];
        for (int f = 0; f < forks; f++) {
            double level = truth * drift[f] * Math.exp(gaussian() * 0.02);
            for (int i = 0; i < ITERATIONS; i++) {
                double warming = 1 - 0.01 * (ITERATIONS - 1 - i);
                rate[f][i] = level * warming * Math.exp(gaussian() * sd);
                timed[f][i] = Math.max(1, Math.round(rate[f][i] * ITERATION_SECONDS));
                waited[f][i] = timed[f][i] * waitNanos * Math.exp(gaussian() * 0.01);
                computed[f][i] = timed[f][i] * COMPUTE_MICROS * 1e3 * 1.1 * Math.exp(gaussian() * 0.01);
            }
        }
        Map<String, Metric> secondaries = new HashMap<>();
        secondaries.put("waitedNanos", new Metric(0, 0, "#", waited));
        secondaries.put("computedNanos", new Metric(0, 0, "#", computed));
        secondaries.put("waitsTimed", new Metric(0, 0, "#", timed));
        rows.add(row(bench, "mixedTask", "thrpt", params, new Metric(truth, 0, "ops/s", rate), secondaries));
        return this;
    }

    /** A batch of many waiting tasks: its time, and residentMiB per batch (NaN: not measured, dropped as JMH's reader drops it). */
    public SimulatedWaiting batch(Bench bench, String poolSize, double millis, double residentMiB, int threads) {
        Map<String, String> p = new HashMap<>(Map.of(Params.TASKS, "10000", Params.WAIT_MILLIS, "10",
                Params.COMPUTE_MICROS, "10", Params.ELEMENTS_PER_MICRO, "3477.0"));
        if (poolSize != null) {
            p.put(Params.POOL_SIZE, poolSize);
        }
        double[][] time = new double[forks][ITERATIONS];
        double[][] resident = new double[forks][];
        double[][] peak = new double[forks][ITERATIONS];
        double[][] batches = new double[forks][ITERATIONS];
        for (int f = 0; f < forks; f++) {
            double level = millis * Math.exp(gaussian() * 0.02);
            resident[f] = Double.isNaN(residentMiB) ? new double[0] : new double[ITERATIONS];
            for (int i = 0; i < ITERATIONS; i++) {
                time[f][i] = level * Math.exp(gaussian() * 0.02);
                batches[f][i] = 1;
                peak[f][i] = threads;
                if (!Double.isNaN(residentMiB)) {
                    resident[f][i] = residentMiB * 1024 * Math.exp(gaussian() * 0.01);
                }
            }
        }
        Map<String, Metric> secondaries = new HashMap<>();
        secondaries.put("residentKiB", new Metric(0, 0, "#", resident));
        secondaries.put("peakThreads", new Metric(0, 0, "#", peak));
        secondaries.put("batches", new Metric(0, 0, "#", batches));
        rows.add(row(bench, "batch", "avgt", p, new Metric(millis, 0, "ms/op", time), secondaries));
        return this;
    }

    private BenchmarkRow row(Bench bench, String method, String mode, Map<String, String> params, Metric primary,
            Map<String, Metric> secondaries) {
        return new BenchmarkRow(bench.className() + "." + method, mode, 1, forks, new TreeMap<>(params), primary, secondaries,
                new BenchmarkRow.JvmFields("1.37", "java", jdk, "OpenJDK 64-Bit Server VM", jdk, List.of()));
    }

    private double gaussian() {
        // Box-Muller from the seeded generator, so every run of a test sees the same data
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
