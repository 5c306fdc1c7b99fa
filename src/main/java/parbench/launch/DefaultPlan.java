package parbench.launch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.strategy.WorkerCount;

/**
 * What a plain {@code java -jar benchmarks.jar} measures: the configurations the report's tables,
 * verdict, cost models and charts read, and no others, so that 8 rounds fit in about 20 minutes on 2
 * cores. The full cartesian product of the classes' @Param values (about 300 configurations here)
 * would leave time for 2 or 3 rounds. Any benchmark regex or -p runs exactly what it selects, as JMH
 * would.
 *
 * <p>Measured: range sum at every size of the sweep for serial and every strategy at workers =
 * cores (the cost models and break-evens); at 50,000,000, the posts' size, also 1 and 2xcores
 * workers, the ceiling and per-element streams (the scaling chart and the ceiling gap); processes
 * at 1 worker at the smallest size (the overhead table). Squares at each length for serial and the
 * three in-process strategies that split an array differently, and everything in-process at the
 * largest length, where the array has left the caches. Sleeping tasks for serial and the pool.
 *
 * <p>Left out, with what each would add: worker counts other than cores below 50,000,000 (scaling
 * is shown once, where the work is large), the ceiling at other sizes, processes for squares (the
 * array would have to cross a pipe), per-element streams below 50,000,000 (boxing is slow at every
 * size), and sleeping tasks for strategies other than the pool's (waiting scales with workers
 * whoever holds them).
 */
final class DefaultPlan {
    private DefaultPlan() {
    }

    private static final long LARGEST_SUM = 50_000_000;
    private static final long SMALLEST_SUM = 1_000;
    private static final long LARGEST_SQUARES = 10_000_000;

    /** The default plan's configurations, from all that the benchmark classes would run. */
    static List<Configuration> of(List<Configuration> all) {
        return all.stream().filter(DefaultPlan::keep).toList();
    }

    static boolean keep(Configuration c) {
        Optional<Series> series = Series.of(c.benchmark(), c.params());
        Optional<Workload> workload = Workload.ofMethod(c.benchmark().substring(c.benchmark().lastIndexOf('.') + 1));
        if (series.isEmpty() || workload.isEmpty()) {
            return true;
        }
        Bench bench = series.get().bench();
        String workers = c.params().getOrDefault("workers", WorkerCount.CORES);
        return rule(workload.get()).test(new Candidate(bench, series.get().perElement(), size(c.params(), workload.get()),
                workers));
    }

    private record Candidate(Bench bench, boolean perElement, long size, String workers) {
        boolean processes() {
            return bench.role == Bench.Role.PROCESSES;
        }

        boolean at(String symbol) {
            return workers.equals(symbol);
        }
    }

    private static Predicate<Candidate> rule(Workload w) {
        switch (w) {
            case RANGE_SUM:
                return c -> c.size == LARGEST_SUM ? !c.processes() || c.at(WorkerCount.CORES)
                        : !c.perElement && c.bench != Bench.CEILING
                        && (c.at(WorkerCount.CORES) || c.processes() && c.size == SMALLEST_SUM && c.at(WorkerCount.ONE));
            case SQUARES:
                return c -> !c.processes() && !c.perElement && (c.size == LARGEST_SQUARES
                        ? c.at(WorkerCount.CORES) || c.bench == Bench.FIXED_POOL
                        : c.at(WorkerCount.CORES) && SQUARES_SWEEP.contains(c.bench));
            case SLEEPING:
                return c -> c.bench == Bench.SERIAL || c.bench == Bench.FIXED_POOL
                        || c.bench == Bench.VIRTUAL_THREADS && c.at(WorkerCount.CORES);
            default:
                return c -> true;
        }
    }

    /** The squares measured at every length: serial and three ways to split one array. */
    private static final java.util.Set<Bench> SQUARES_SWEEP = java.util.EnumSet.of(Bench.SERIAL, Bench.FIXED_POOL,
            Bench.MANUAL_THREADS, Bench.COMMON_POOL_STREAMS);

    private static long size(Map<String, String> params, Workload w) {
        try {
            return w.sizeParam == null ? 0 : Long.parseLong(params.getOrDefault(w.sizeParam, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
