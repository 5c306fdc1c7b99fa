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
 * verdict and ceiling gap read, and no others, so that enough rounds fit in about 15 minutes on 2
 * cores. The full cartesian product of the classes' @Param values (about 140 configurations here)
 * would leave time for one round, and one fork says nothing of the next. Any benchmark regex or -p
 * runs exactly what it selects, as JMH would.
 *
 * <p>Left out by default, with what each would add: worker counts other than cores below the
 * largest range sum and for squares (the scaling over 1, cores and 2xcores workers is shown once,
 * at 50,000,000; processes only at cores there), squares
 * of 100,000 (the memory-bound lesson needs an array larger than the caches), cold and warm
 * processes for squares, sleeping tasks other than the pool's (the pool at 1, cores and 2xcores
 * makes the point that waiting scales with workers), and the per-element common-pool streams below
 * the largest size.
 */
final class DefaultPlan {
    private DefaultPlan() {
    }

    private static final long LARGEST_SUM = 50_000_000;
    private static final long SMALLEST_SUM = 10_000;
    private static final long SQUARES = 10_000_000;

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
                        : !c.perElement && (c.at(WorkerCount.CORES) && !(c.processes() && c.size == SMALLEST_SUM)
                        || c.processes() && c.size == SMALLEST_SUM && c.at(WorkerCount.ONE));
            case SQUARES:
                return c -> c.size == SQUARES && c.at(WorkerCount.CORES) && !c.processes() && !c.perElement;
            case SLEEPING:
                return c -> c.bench == Bench.SERIAL || c.bench == Bench.FIXED_POOL
                        || c.bench == Bench.VIRTUAL_THREADS && c.at(WorkerCount.CORES);
            default:
                return c -> true;
        }
    }

    private static long size(Map<String, String> params, Workload w) {
        try {
            return w.sizeParam == null ? 0 : Long.parseLong(params.getOrDefault(w.sizeParam, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
