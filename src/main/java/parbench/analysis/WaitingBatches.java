package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import parbench.analysis.WaitingWork.Batch;
import parbench.catalog.Bench;
import parbench.catalog.Params;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.Metric;
import parbench.stats.Estimate;
import parbench.stats.Stats;
import parbench.work.GoetzRule;

/** The batches of many waiting tasks as figures: time per batch, and what each took besides, over forks. */
final class WaitingBatches {
    private WaitingBatches() {
    }

    static List<Batch> of(List<BenchmarkRow> rows, int cores) {
        List<Batch> batches = new ArrayList<>();
        for (BenchmarkRow r : rows) {
            if (r.params().containsKey(Params.TASKS)) {
                batches.add(batch(r, cores));
            }
        }
        batches.sort(Comparator.comparing((Batch b) -> b.bench().ordinal()).thenComparingInt(b -> b.poolSize().orElse(0)));
        return batches;
    }

    private static Batch batch(BenchmarkRow r, int cores) {
        Bench bench = Bench.ofBenchmark(r.benchmark()).orElseThrow();
        int tasks = (int) WaitingWork.number(r, Params.TASKS);
        double waitMillis = WaitingWork.number(r, Params.WAIT_MILLIS);
        double computeMicros = WaitingWork.number(r, Params.COMPUTE_MICROS);
        String pool = r.param(Params.POOL_SIZE);
        boolean ruleSized = GoetzRule.PARAM_VALUE.equals(pool);
        OptionalInt poolSize = pool == null ? OptionalInt.empty() : ruleSized
                ? (cores > 0 ? OptionalInt.of(Math.min(tasks, GoetzRule.poolSize(cores, waitMillis * 1e6, computeMicros * 1e3)))
                        : OptionalInt.empty())
                : OptionalInt.of((int) WaitingWork.number(r, Params.POOL_SIZE));
        Estimate time = Stats.overForks(r.primary().forksInSecondsPerOp());
        double[] resident = perFork(r, "residentKiB", "batches", 1.0 / 1024);
        double[] threads = perFork(r, "peakThreads", "batches", 1);
        return new Batch(bench, poolSize, ruleSized, tasks, waitMillis, computeMicros, time,
                Stats.medianInterpolated(resident, Stats.CONFIDENCE), Stats.medianInterpolated(threads, Stats.CONFIDENCE));
    }

    /**
     * Each fork's summed secondary over its summed count (both summed per iteration by JMH), times
     * scale; forks whose two metrics do not have one value per iteration each (a NaN dropped) are left out.
     */
    static double[] perFork(BenchmarkRow r, String sum, String count, double scale) {
        Metric total = r.secondaries().get(sum);
        Metric n = r.secondaries().get(count);
        if (total == null || n == null) {
            return new double[0];
        }
        List<Double> forks = new ArrayList<>();
        for (int f = 0; f < Math.min(total.forks().length, n.forks().length); f++) {
            double[] t = total.forks()[f];
            double[] c = n.forks()[f];
            double ts = java.util.Arrays.stream(t).sum();
            double cs = java.util.Arrays.stream(c).sum();
            if (t.length == c.length && t.length > 0 && cs > 0) {
                forks.add(ts / cs * scale);
            }
        }
        return forks.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
