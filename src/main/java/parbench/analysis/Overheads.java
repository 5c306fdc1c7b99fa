package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.catalog.Workers;

/**
 * The per-call costs of spreading work, from the smallest range sum, where the work itself is
 * cheap: time minus serial time, per call and per task handed to another thread or process.
 */
public final class Overheads {
    private Overheads() {
    }

    /**
     * How many tasks a call hands to others: one, or one per worker, less the caller's own where
     * it takes a share. Under the declared policy no caller does; in result files from before the
     * policy was declared (no row names a tuning) the pool, the queue and manual threads had the
     * caller take one.
     */
    enum HandOffs { NONE, ONE, CALLER_BY_POLICY, WORKERS }

    /** One line of the table; perHandOff is empty where nothing is handed off. */
    public record Overhead(String cost, Point point, Estimate perCall, Optional<Estimate> perHandOff) {
    }

    private record Source(String cost, Bench bench, String workersSymbol, HandOffs handOffs) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("child JVM start + round trip", Bench.COLD_PROCESSES, Workers.ONE, HandOffs.ONE),
            new Source("warm round trip", Bench.WARM_PROCESSES, Workers.ONE, HandOffs.ONE),
            new Source("thread start + join", Bench.MANUAL_THREADS, Workers.CORES, HandOffs.CALLER_BY_POLICY),
            new Source("pool submit + wake-up", Bench.FIXED_POOL, Workers.CORES, HandOffs.CALLER_BY_POLICY),
            new Source("queue hand-off", Bench.QUEUE_WORKERS, Workers.CORES, HandOffs.CALLER_BY_POLICY),
            new Source("fork/join in a sized pool", Bench.SIZED_POOL_STREAMS, Workers.CORES, HandOffs.WORKERS),
            new Source("supplyAsync + join on a pool", Bench.POOL_FUTURES, Workers.CORES, HandOffs.WORKERS),
            new Source("supplyAsync + join, no executor", Bench.COMMON_POOL_FUTURES, Workers.CORES, HandOffs.WORKERS),
            // a threshold of four leaves a worker: invoke, then a fork and a join per further leaf
            new Source("RecursiveTask invoke, four leaves a worker", Bench.RECURSIVE_TASKS, Workers.CORES, HandOffs.NONE),
            // from before: one leaf below a fixed threshold, so invoke handed the whole call to a pool thread
            new Source("RecursiveTask invoke, one leaf", Bench.RECURSIVE_TASKS, Workers.CORES, HandOffs.ONE));

    /**
     * The largest range sum an overhead is read at: a few microseconds of work. At larger sizes time
     * minus serial time is the speedup's saving, not a cost: a negative "overhead".
     */
    static final long CHEAP_WORK = 10_000;

    /** The serial point the overheads are measured against: the smallest range sum, where the work is cheap. */
    public static Optional<Point> baseline(SuiteRun run) {
        return run.sizes(Workload.RANGE_SUM).stream().findFirst().filter(n -> n <= CHEAP_WORK)
                .flatMap(n -> run.serial(Workload.RANGE_SUM, n));
    }

    public static List<Overhead> of(SuiteRun run) {
        List<Overhead> list = new ArrayList<>();
        boolean beforePolicy = !run.declaresPolicy();
        baseline(run).ifPresent(serial -> {
            for (Source s : SOURCES) {
                if (s.bench == Bench.RECURSIVE_TASKS && (s.handOffs == HandOffs.ONE) != beforePolicy) {
                    continue; // each era's fork/join, by its threshold
                }
                run.find(Workload.RANGE_SUM, serial.size(), Series.of(s.bench), s.workersSymbol)
                        .ifPresent(p -> list.add(overhead(s, p, serial, beforePolicy)));
            }
        });
        return list;
    }

    private static Overhead overhead(Source s, Point p, Point serial, boolean beforePolicy) {
        Estimate extra = Ratios.difference(p, serial);
        int tasks = s.handOffs == HandOffs.NONE ? 0 : s.handOffs == HandOffs.ONE ? 1
                : s.handOffs == HandOffs.CALLER_BY_POLICY && beforePolicy ? p.workers() - 1 : p.workers();
        return new Overhead(s.cost, p, extra, tasks > 0 ? Optional.of(extra.times(1.0 / tasks)) : Optional.empty());
    }
}
