package parbench.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.jmhfmt.BenchmarkRow;
import parbench.stats.Estimate;

/**
 * One run's analysis, computed once from its result file: every figure, model, break-even and flag
 * that its report, CSV, charts and the results index show. They format it; none of them computes.
 *
 * @param costs        each swept workload's cost models (range sum, squares, a kernel)
 * @param breakEvens   for every strategy measured on range sum or squares, where it breaks even on each
 * @param flags        what a reader must be told of a point (noisy, inconclusive, too few forks)
 * @param aboveCeiling the sizes at which some strategy measured above 100% of the ceiling
 * @param headline     the index's line: the verdict's choice for range sum, or else for a user's kernel
 * @param headlineMissing the plan's headline sizes this file lacks (its figures read the largest size instead)
 * @param targets      the headline figures against the precision the run aimed at
 * @param steal        what the host took of the forks' CPU time; empty where no fork recorded it
 * @param waiting      the waiting work: pool sizes against Goetz's rule, virtual threads, many waiting tasks
 */
public record RunAnalysis(SuiteRun suite, Verdict verdict, Map<Workload, Costs> costs, Optional<Makespans> makespans,
        Optional<Point> overheadBaseline, List<Overheads.Overhead> overheads, List<CeilingGap.Line> ceilingGap,
        List<BreakEvens> breakEvens, Map<Point, Set<Flag>> flags, Set<At> aboveCeiling, Optional<Headline> headline,
        List<At> headlineMissing, Targets targets, Optional<HostSteal> steal, Optional<WaitingWork> waiting) {

    /** A time interval wider than this (half-width / median) is flagged as too noisy to lean on. */
    public static final double WIDE = 0.10;
    /** The workloads the break-even table covers. */
    public static final List<Workload> BREAK_EVEN_WORKLOADS = List.of(Workload.RANGE_SUM, Workload.SQUARES);

    public enum Flag {
        /** a strategy's speedup interval contains 1: this run cannot say whether it beats serial */
        INCONCLUSIVE,
        /** the time's interval is wider than {@link #WIDE} */
        NOISY,
        /** too few forks for an interval */
        TOO_FEW_FORKS,
        /**
         * the forks' medians lie more than {@link #WARMING} above their own last iterations (the
         * median over forks): still getting faster when measured, so the figure is not steady state
         */
        STILL_WARMING
    }

    /** A fork median this much above the fork's last iteration (median over forks) is not steady state. */
    public static final double WARMING = 0.05;

    /** A workload at one size. */
    public record At(Workload workload, long size) {
    }

    /**
     * One strategy's break-even on each workload: empty where the run did not measure it there; a
     * model where it did, with the sizes for one.
     *
     * @param measured the workloads the strategy was measured on
     */
    public record BreakEvens(Series series, Set<Workload> measured, Map<Workload, CostModel> models) {
    }

    /** The index's headline: the verdict's choice and its figures. */
    public record Headline(Workload workload, Point winner, Estimate speedup, Optional<Estimate> ofCeiling) {
    }

    /** @param availableProcessors from the machine record; null to take it from the ceiling's threads */
    public static RunAnalysis of(List<BenchmarkRow> rows, Integer availableProcessors) {
        return of(rows, availableProcessors, Targets.Goals.DEFAULT);
    }

    /** @param goals the precision the run aimed at (its machine record says; the defaults otherwise) */
    public static RunAnalysis of(List<BenchmarkRow> rows, Integer availableProcessors, Targets.Goals goals) {
        return of(rows, availableProcessors, goals, ForkRounds.NONE);
    }

    /** @param rounds which block round each fork ran in: the ratios pair forks of one round */
    public static RunAnalysis of(List<BenchmarkRow> rows, Integer availableProcessors, Targets.Goals goals, ForkRounds rounds) {
        SuiteRun suite = SuiteRun.of(rows, availableProcessors, rounds);
        Map<Workload, Costs> costs = new EnumMap<>(Workload.class);
        for (Workload w : List.of(Workload.RANGE_SUM, Workload.SQUARES, Workload.KERNEL)) {
            Costs.of(suite, w).ifPresent(c -> costs.put(w, c));
        }
        return new RunAnalysis(suite, Verdict.of(suite, costs), costs, Makespans.of(suite), Overheads.baseline(suite),
                Overheads.of(suite), CeilingGap.of(suite), breakEvens(suite, costs), flags(suite), aboveCeiling(suite),
                headline(suite), headlineMissing(suite), Targets.of(suite, Optional.ofNullable(costs.get(Workload.RANGE_SUM)), goals),
                HostSteal.of(rows), WaitingWork.of(rows, availableProcessors != null ? availableProcessors : suite.cores()));
    }

    private static List<At> headlineMissing(SuiteRun suite) {
        List<At> missing = new ArrayList<>();
        for (Workload w : Workload.values()) {
            suite.headlineMissing(w).ifPresent(n -> missing.add(new At(w, n)));
        }
        return missing;
    }

    private static List<BreakEvens> breakEvens(SuiteRun suite, Map<Workload, Costs> costs) {
        Map<Series, String> series = new LinkedHashMap<>();
        BREAK_EVEN_WORKLOADS.forEach(w -> suite.strategiesFor(w).forEach(series::putIfAbsent));
        List<BreakEvens> table = new ArrayList<>();
        series.forEach((s, symbol) -> {
            Set<Workload> measured = EnumSet.noneOf(Workload.class);
            Map<Workload, CostModel> models = new EnumMap<>(Workload.class);
            for (Workload w : BREAK_EVEN_WORKLOADS) {
                if (suite.points().stream().anyMatch(p -> p.workload() == w && p.series().equals(s))) {
                    measured.add(w);
                }
                Optional.ofNullable(costs.get(w)).flatMap(c -> c.model(s)).ifPresent(m -> models.put(w, m));
            }
            table.add(new BreakEvens(s, measured, models));
        });
        return table;
    }

    private static Map<Point, Set<Flag>> flags(SuiteRun suite) {
        Map<Point, Set<Flag>> flags = new IdentityHashMap<>();
        for (Point p : suite.points()) {
            Set<Flag> f = EnumSet.noneOf(Flag.class);
            if (p.bench().isStrategy() && suite.speedup(p).filter(s -> s.contains(1)).isPresent()) {
                f.add(Flag.INCONCLUSIVE);
            }
            if (!p.time().known()) {
                f.add(Flag.TOO_FEW_FORKS);
            } else if (p.time().relativeHalfWidth() > WIDE) {
                f.add(Flag.NOISY);
            }
            if (stillWarming(p)) {
                f.add(Flag.STILL_WARMING);
            }
            flags.put(p, f);
        }
        return flags;
    }

    /** The median over forks of each fork's median / its last iteration, above 1 + WARMING; false with one iteration a fork. */
    static boolean stillWarming(Point p) {
        double[] ratios = java.util.Arrays.stream(p.row().primary().forksInSecondsPerOp()).filter(f -> f.length > 1)
                .mapToDouble(f -> parbench.stats.Stats.median(f).value() / f[f.length - 1]).toArray();
        return ratios.length > 0 && parbench.stats.Stats.median(ratios).value() > 1 + WARMING;
    }

    /** The points still warming up when measured. */
    public List<Point> stillWarming() {
        return suite.points().stream().filter(p -> flags(p).contains(Flag.STILL_WARMING)).toList();
    }

    private static Set<At> aboveCeiling(SuiteRun suite) {
        Set<At> above = new LinkedHashSet<>();
        for (Point p : suite.points()) {
            if (suite.ofCeiling(p).filter(c -> c.value() > 1).isPresent()) {
                above.add(new At(p.workload(), p.size()));
            }
        }
        return above;
    }

    private static Optional<Headline> headline(SuiteRun suite) {
        Workload w = suite.winner(Workload.RANGE_SUM).isPresent() ? Workload.RANGE_SUM : Workload.KERNEL;
        return suite.winner(w).flatMap(b -> suite.speedup(b).map(s -> new Headline(w, b, s, suite.ofCeiling(b))));
    }

    public Set<Flag> flags(Point p) {
        return flags.getOrDefault(p, Set.of());
    }

    public boolean aboveCeiling(Workload w, long size) {
        return aboveCeiling.contains(new At(w, size));
    }
}
