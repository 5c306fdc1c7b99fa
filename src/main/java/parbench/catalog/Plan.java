package parbench.catalog;

import parbench.catalog.Params;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.catalog.Workers;
import parbench.work.Tuning;

/**
 * The plan, declared once: the launcher runs it, the analysis reads it. What a plain
 * {@code java -jar benchmarks.jar} measures: the configurations the report's tables,
 * verdict, cost models and charts read, and no others. A fork costs 1.2-2 s on 2 cores whatever it
 * measures (a round of the 106 configurations of a sweep a decade apart took 141 s), and the pilot
 * needs 6 rounds of each for its intervals, so the plan's size is the run's floor: {@link #SUM_SWEEP}
 * leaves out the decades where nothing crosses and gives the 14-minute budget's rest to the figures
 * that need it. The classes' @Param values multiply out to 443 configurations (488 with virtual
 * threads), whose pilot alone would take 55 minutes. Any benchmark regex or -p runs exactly what it
 * selects, as JMH would.
 *
 * <p>Measured: range sum at each size of {@link #SUM_SWEEP} for serial and every strategy at workers =
 * cores (the cost models and break-evens; cold child JVMs at three of them); at 50,000,000, the
 * posts' size, also the pool and the sized-pool streams at 1 and 2xcores workers, the ceiling and
 * per-element streams (the scaling chart and the ceiling gap); processes at 1 worker at the
 * smallest size (the overhead table). The tuning experiment: the pool and manual threads with each
 * tuning choice alone and all three together ({@link #TUNINGS}), at the headline and at
 * {@link #TUNING_SIZE}; every other configuration runs under the declared policy
 * ({@link Tuning#DECLARED}). Squares at each length for serial and the
 * three in-process strategies that split an array differently, and everything in-process at the
 * largest length, where the array has left the caches. Sleeping tasks for serial, the pool, virtual
 * threads and supplyAsync without an executor (whose threads JDK 25 changed).
 *
 * <p>Left out, with what each would add: worker counts other than cores below 50,000,000 (scaling
 * is shown once, where the work is large, for the strategies of {@link #SCALED}), cold child
 * JVMs at sizes between ({@link #COLD_SWEEP}), the ceiling at other sizes, processes for squares (the
 * array would have to cross a pipe), per-element streams below 50,000,000 (boxing is slow at every
 * size), and sleeping tasks for strategies other than the pool's (waiting scales with workers
 * whoever holds them).
 *
 * <p>The waiting work: three wait shares, the pool sizes around Goetz's rule and one real blocking
 * call ({@link WaitingPlan}); --waiting-grid measures all of it.
 */
public final class Plan {
    private Plan() {
    }

    /**
     * The posts' range sum: worker counts, the ceiling and per-element streams are measured here,
     * and the verdict, the scaling chart and the ceiling gap read it.
     */
    public static final long HEADLINE_SUM = 50_000_000;
    /** The squares' headline, where the array has left the caches: every in-process strategy is measured here. */
    public static final long HEADLINE_SQUARES = 10_000_000;
    /** The smallest range sum, where the work is tiny: the overhead table's size (processes at 1 worker too). */
    public static final long SMALLEST_SUM = 1_000;
    /**
     * The range sum's sizes a plain run starts from: the smallest (the overhead table), the headline,
     * and the two decades where the break-evens lie (on 2 cores every strategy's fell between 143,000
     * and 1,830,000 in the runs of 2026-12-03). An adaptive run adds sizes around each break-even
     * where it needs them, with serial and the strategies that cross there alone (2-3 forks a round
     * where a sweep size has 10); 10,000 and 10,000,000, sizes where nothing crossed, cost 25 s a round
     * (2.5 minutes of the pilot). -f F runs these sizes alone.
     */
    public static final java.util.Set<Long> SUM_SWEEP = java.util.Set.of(SMALLEST_SUM, 100_000L, 1_000_000L,
            HEADLINE_SUM);

    /**
     * The size a workload's headline figures read: declared for range sum and squares; a workload
     * the plan declares none for (a kernel, whose sizes are the user's) reads its largest.
     */
    public static Optional<Long> headline(Workload w) {
        return w == Workload.RANGE_SUM ? Optional.of(HEADLINE_SUM)
                : w == Workload.SQUARES ? Optional.of(HEADLINE_SQUARES) : Optional.empty();
    }

    /** Whether a plain run measures this configuration (a benchmark and its parameter values). */
    public static boolean keeps(String benchmark, Map<String, String> params) {
        return keeps(benchmark, params, Runtime.getRuntime().availableProcessors(), false);
    }

    /**
     * @param cores       the processors the forks see (the waiting work's pool sizes follow Goetz's rule for them)
     * @param waitingGrid measure the waiting work's whole grid, every configuration its classes define
     */
    public static boolean keeps(String benchmark, Map<String, String> params, int cores, boolean waitingGrid) {
        Optional<Series> series = Series.of(benchmark, params);
        if (series.isPresent() && series.get().bench().role == Bench.Role.WAITING) {
            return waitingGrid || WaitingPlan.keeps(series.get().bench(), params, cores);
        }
        Optional<Workload> workload = Workload.ofBenchmark(benchmark);
        if (series.isEmpty() || workload.isEmpty()) {
            return true;
        }
        Bench bench = series.get().bench();
        String workers = params.getOrDefault(Params.WORKERS, Workers.CORES);
        Candidate c = new Candidate(bench, series.get().perElement(), workload.get().size(params), workers);
        Tuning tuning = series.get().tuning();
        return tuning == null ? rule(workload.get()).test(c) : tuned(workload.get(), c, tuning);
    }

    /**
     * The tuning experiment: each choice alone against the declared policy, and all three together,
     * for the strategies with tuning parameters, at workers = cores, at the headline size and at
     * {@link #TUNING_SIZE}.
     */
    private static boolean tuned(Workload w, Candidate c, Tuning tuning) {
        return w == Workload.RANGE_SUM && TUNED.contains(c.bench) && c.at(Workers.CORES)
                && (c.size == HEADLINE_SUM || c.size == TUNING_SIZE) && TUNINGS.contains(tuning);
    }

    /** The strategies whose tuning is measured: a pool and threads started by hand. */
    public static final java.util.Set<Bench> TUNED = java.util.EnumSet.of(Bench.FIXED_POOL, Bench.MANUAL_THREADS);

    /**
     * The tuning experiment's second size, below the headline: where a pool's break-even lies on 2
     * cores, so that what a caller's idle processor and a late worker cost is a large part of a call.
     */
    public static final long TUNING_SIZE = 1_000_000;

    /** Each choice alone, then all three: what the suite's earlier strategies ran with. */
    public static final List<Tuning> TUNINGS = List.of(
            new Tuning(Tuning.Chunks.GUIDED, false, false),
            new Tuning(Tuning.Chunks.EQUAL, true, false),
            new Tuning(Tuning.Chunks.EQUAL, false, true),
            new Tuning(Tuning.Chunks.GUIDED, true, true));

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
                return c -> c.size == HEADLINE_SUM ? SCALED.contains(c.bench) || c.at(Workers.CORES)
                        : SUM_SWEEP.contains(c.size) && !c.perElement && c.bench != Bench.CEILING
                        && (c.bench != Bench.COLD_PROCESSES || COLD_SWEEP.contains(c.size))
                        && (c.at(Workers.CORES) || c.processes() && c.size == SMALLEST_SUM && c.at(Workers.ONE));
            case SQUARES:
                return c -> !c.processes() && !c.perElement && (c.size == HEADLINE_SQUARES
                        ? c.at(Workers.CORES) || c.bench == Bench.FIXED_POOL
                        : c.at(Workers.CORES) && SQUARES_SWEEP.contains(c.bench));
            case SLEEPING:
                return c -> c.bench == Bench.SERIAL || c.bench == Bench.FIXED_POOL
                        || (c.bench == Bench.VIRTUAL_THREADS || c.bench == Bench.COMMON_POOL_FUTURES) && c.at(Workers.CORES);
            default:
                return c -> true;
        }
    }

    /**
     * The strategies measured at 1 and 2xcores workers too, at 50,000,000 (the scaling chart): the
     * pool, which the verdict reads at 2xcores, and the streams in a pool of that size. The others
     * scale with their threads as these do; each of their worker counts would add a configuration
     * to every round.
     */
    private static final java.util.Set<Bench> SCALED = java.util.EnumSet.of(Bench.FIXED_POOL, Bench.SIZED_POOL_STREAMS);

    /**
     * Cold child JVMs cost the same JVM start (about 80 ms) at every size up to millions: three sizes
     * are enough for their line, and the other three would add a configuration to every round.
     */
    private static final java.util.Set<Long> COLD_SWEEP = java.util.Set.of(SMALLEST_SUM, 1_000_000L, HEADLINE_SUM);

    /** The squares measured at every length: serial and three ways to split one array. */
    private static final java.util.Set<Bench> SQUARES_SWEEP = java.util.EnumSet.of(Bench.SERIAL, Bench.FIXED_POOL,
            Bench.MANUAL_THREADS, Bench.COMMON_POOL_STREAMS);
}
