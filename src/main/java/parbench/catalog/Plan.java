package parbench.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import parbench.work.Tuning;

/**
 * The plan, declared once: the launcher runs it, the analysis reads it. What a plain
 * {@code java -jar benchmarks.jar} measures is what a default run must answer with intervals, and
 * no more: a fork costs a JVM's start and its iterations whatever it measures, and every
 * configuration needs six forks for an interval of its own, so the plan's size is the run's floor. What a default run answers:
 * <ul>
 *   <li>the ranking of mechanisms: serial, the ceiling and every strategy at workers = cores at
 *       {@link #HEADLINE_SUM} (the verdict, the ceiling gap), the pool also at 1 and 2xcores (the
 *       scaling chart), per-element streams (what most code writes);</li>
 *   <li>what the tuning is worth: the pool and manual threads with the split alone, the caller's
 *       share alone, with a spin, and all three together ({@link #TUNINGS}), at the headline and at {@link #TUNING_SIZE};</li>
 *   <li>break-evens and the time-against-size chart: range sum at two sizes a decade from 1,000 to
 *       50,000,000 ({@link #SUM_SWEEP}) for serial and the pool, from 100,000 for the other
 *       strategies of {@link #SWEPT} too, every
 *       in-process strategy at {@link #ALL_AT}, processes at the smallest size (the overhead table),
 *       warm processes where theirs lies; an adaptive run adds sizes around each crossing;</li>
 *   <li>the memory-bound headline: squares of {@link #HEADLINE_SQUARES} for serial, the ceiling and
 *       every in-process strategy, the pool also at 1 and 2xcores;</li>
 *   <li>the posts' sleeping tasks and uneven tasks in units of sleep, and the waiting work at three
 *       wait shares ({@link WaitingPlan}).</li>
 * </ul>
 * {@code --deep} measures the deeper sweeps besides: every strategy at every size of the sweep,
 * cold child JVMs at each size where all strategies are, squares at 100,000 and 1,000,000 and
 * through futures, the sized-pool streams at other worker counts, the uneven tasks in units of CPU,
 * and the waiting work's whole grid (a real blocking call among it). Any benchmark regex
 * or -p runs exactly what it selects, as JMH would.
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
     * The range sum's sweep: two sizes a decade from 1,000 to the headline, the @Param values of the
     * range sum less 100,000,000. A chart of time against size needs the points between the decades,
     * and a break-even is bracketed by the sizes on either side of it.
     */
    public static final java.util.Set<Long> SUM_SWEEP = java.util.Set.of(SMALLEST_SUM, 3_000L, 10_000L, 30_000L,
            100_000L, 300_000L, 1_000_000L, 3_000_000L, 10_000_000L, HEADLINE_SUM);

    /**
     * The sizes where every in-process strategy is measured: the smallest (the overhead table), the
     * headline, and a size a decade from 100,000 to 10,000,000, where every strategy's break-even
     * lies on small hosts; the adaptive rounds add sizes around each crossing.
     */
    public static final java.util.Set<Long> ALL_AT = java.util.Set.of(SMALLEST_SUM, 100_000L, 1_000_000L,
            10_000_000L, HEADLINE_SUM);

    /**
     * Serial and the strategies measured at every size of the sweep: those whose break-evens lie
     * lowest, where the sizes must be close, and whose lines the chart of time against size shows
     * whole.
     */
    public static final java.util.Set<Bench> SWEPT = java.util.EnumSet.of(Bench.SERIAL, Bench.FIXED_POOL,
            Bench.QUEUE_WORKERS, Bench.COMMON_POOL_STREAMS);

    /** Below this size, far from any break-even, the sweep is serial and the pool alone: the chart's lines down to 1,000. */
    private static final long SWEPT_WHOLE_FROM = 100_000;

    /** Warm child JVMs, whose round trip puts their break-even in the millions: the smallest size and the decades around it. */
    private static final java.util.Set<Long> WARM_AT = java.util.Set.of(SMALLEST_SUM, 1_000_000L, 3_000_000L, 10_000_000L);

    /**
     * The size a workload's headline figures read: declared for range sum and squares; a workload
     * the plan declares none for (a kernel, whose sizes are the user's) reads its largest.
     */
    public static Optional<Long> headline(Workload w) {
        return w == Workload.RANGE_SUM ? Optional.of(HEADLINE_SUM)
                : w == Workload.SQUARES ? Optional.of(HEADLINE_SQUARES) : Optional.empty();
    }

    /** How much a plain run measures: what a default run answers, or the deeper sweeps too ({@code --deep}). */
    public enum Scope {
        DEFAULT, WAITING_GRID, DEEP;

        boolean waitingGrid() {
            return this != DEFAULT;
        }
    }

    /** Whether a plain run measures this configuration (a benchmark and its parameter values). */
    public static boolean keeps(String benchmark, Map<String, String> params) {
        return keeps(benchmark, params, Runtime.getRuntime().availableProcessors(), Scope.DEFAULT);
    }

    /**
     * @param cores the processors the forks see (the waiting work's pool sizes follow Goetz's rule for them)
     * @param scope what a default run answers, or the waiting work's whole grid, or every deeper sweep too
     */
    public static boolean keeps(String benchmark, Map<String, String> params, int cores, Scope scope) {
        Optional<Series> series = Series.of(benchmark, params);
        if (series.isPresent() && series.get().bench().role == Bench.Role.WAITING) {
            return scope.waitingGrid() || WaitingPlan.keeps(series.get().bench(), params, cores);
        }
        Optional<Workload> workload = Workload.ofBenchmark(benchmark);
        if (series.isEmpty() || workload.isEmpty()) {
            return true;
        }
        Bench bench = series.get().bench();
        String workers = params.getOrDefault(Params.WORKERS, Workers.CORES);
        Candidate c = new Candidate(bench, series.get().perElement(), workload.get().size(params), workers);
        Tuning tuning = series.get().tuning();
        if (tuning != null) {
            return tuned(workload.get(), c, tuning);
        }
        return rule(workload.get()).test(c) || scope == Scope.DEEP && deep(workload.get()).test(c);
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

    /**
     * The split alone, the caller's share alone, the spin on top of it, then all three (what the
     * suite's earlier strategies ran with). The spin is not run alone: a caller that only waits beside
     * as many workers as cores has no processor to spin on, so it would measure the declared policy.
     */
    public static final List<Tuning> TUNINGS = List.of(
            new Tuning(Tuning.Chunks.GUIDED, false, false),
            new Tuning(Tuning.Chunks.EQUAL, true, false),
            new Tuning(Tuning.Chunks.EQUAL, true, true),
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
                return c -> c.size == HEADLINE_SUM ? c.at(Workers.CORES) || c.bench == Bench.FIXED_POOL
                        : SUM_SWEEP.contains(c.size) && !c.perElement && c.bench != Bench.CEILING && sweptHere(c);
            case SQUARES:
                return c -> !c.processes() && !c.perElement && c.size == HEADLINE_SQUARES && !FUTURES.contains(c.bench)
                        && (c.at(Workers.CORES) || c.bench == Bench.FIXED_POOL);
            case SLEEPING:
                return c -> c.bench == Bench.SERIAL || c.bench == Bench.FIXED_POOL
                        || (c.bench == Bench.VIRTUAL_THREADS || c.bench == Bench.COMMON_POOL_FUTURES) && c.at(Workers.CORES);
            case UNEVEN_CPU:
                return c -> false;
            default:
                return c -> true;
        }
    }

    /** Below the headline: who is measured at which size of the sweep. */
    private static boolean sweptHere(Candidate c) {
        if (c.processes()) {
            return c.size == SMALLEST_SUM ? c.at(Workers.ONE) || c.at(Workers.CORES)
                    : c.bench == Bench.WARM_PROCESSES && WARM_AT.contains(c.size) && c.at(Workers.CORES);
        }
        boolean swept = SWEPT.contains(c.bench) && (c.size >= SWEPT_WHOLE_FROM || c.bench == Bench.SERIAL
                || c.bench == Bench.FIXED_POOL);
        return c.at(Workers.CORES) && (swept || ALL_AT.contains(c.size));
    }

    /** What --deep measures besides. */
    private static Predicate<Candidate> deep(Workload w) {
        switch (w) {
            case RANGE_SUM:
                return c -> c.size == HEADLINE_SUM ? c.bench == Bench.SIZED_POOL_STREAMS
                        : SUM_SWEEP.contains(c.size) && !c.perElement && c.bench != Bench.CEILING && c.at(Workers.CORES)
                        && (!c.processes() || c.bench == Bench.WARM_PROCESSES || ALL_AT.contains(c.size));
            case SQUARES:
                return c -> !c.processes() && !c.perElement && c.at(Workers.CORES)
                        && (c.size == HEADLINE_SQUARES ? FUTURES.contains(c.bench) : SQUARES_SWEEP.contains(c.bench));
            case UNEVEN_CPU:
                return c -> true;
            default:
                return c -> false;
        }
    }

    /** Futures hand squares' chunks to a pool as the pool does: the memory-bound headline leaves them to --deep. */
    private static final java.util.Set<Bench> FUTURES = java.util.EnumSet.of(Bench.POOL_FUTURES, Bench.COMMON_POOL_FUTURES);

    /** The squares measured at every length under --deep: serial and the three ways to split one array the tables compare. */
    private static final java.util.Set<Bench> SQUARES_SWEEP = java.util.EnumSet.of(Bench.SERIAL, Bench.FIXED_POOL,
            Bench.MANUAL_THREADS, Bench.COMMON_POOL_STREAMS);
}
