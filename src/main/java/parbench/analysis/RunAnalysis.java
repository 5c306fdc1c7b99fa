package parbench.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 * @param rows         every row of the file with its one median: the table of a file of other suites
 * @param figures      every point's, block's and workload's figures
 * @param costs        each swept workload's cost models (range sum, squares, a kernel)
 * @param breakEvens   for every strategy measured on range sum or squares, where it breaks even on each
 * @param headline     the index's line: the verdict's choice for range sum, or else for a user's kernel
 * @param headlineMissing the plan's headline sizes this file lacks (its figures read the largest size instead)
 * @param targets      the headline figures against the precision the run aimed at
 * @param steal        what the host took of the forks' CPU time; empty where no fork recorded it
 * @param tuning       what each tuning of the pool and manual threads is worth beside the gap between mechanisms
 * @param waiting      the waiting work: pool sizes against Goetz's rule, virtual threads, many waiting tasks
 */
public record RunAnalysis(List<RowMedian> rows, SuiteRun suite, Figures figures, Verdict verdict, Map<Workload, Costs> costs,
        Optional<Makespans> makespans, Optional<Sleeping> sleeping, Optional<Point> overheadBaseline, List<Overheads.Overhead> overheads,
        Optional<CeilingGap> ceilingGap, List<BreakEvens> breakEvens, Optional<Headline> headline,
        List<At> headlineMissing, Targets targets, Optional<HostSteal> steal, TuningEffects tuning,
        Optional<WaitingWork> waiting) {

    /** The workloads the break-even table covers. */
    public static final List<Workload> BREAK_EVEN_WORKLOADS = List.of(Workload.RANGE_SUM, Workload.SQUARES);

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

    /** The index's headline: the verdict's choice, whose figures it prints. */
    public record Headline(Workload workload, PointFigures winner) {
        public Estimate speedup() {
            return winner.speedup().orElseThrow();
        }
    }

    /** @param availableProcessors from the machine record; null to take it from the ceiling's threads */
    public static RunAnalysis of(List<BenchmarkRow> rows, Integer availableProcessors) {
        return of(rows, availableProcessors, Targets.Goals.DEFAULT, ForkRounds.NONE);
    }

    /**
     * @param goals  the precision the run aimed at (its machine record says; the defaults otherwise)
     * @param rounds which round each fork ran in: the ratios pair forks of one round
     */
    public static RunAnalysis of(List<BenchmarkRow> rows, Integer availableProcessors, Targets.Goals goals, ForkRounds rounds) {
        SuiteRun suite = SuiteRun.of(rows, availableProcessors, rounds);
        Figures figures = Figures.of(suite);
        Map<Workload, Costs> costs = new EnumMap<>(Workload.class);
        for (Workload w : List.of(Workload.RANGE_SUM, Workload.SQUARES, Workload.KERNEL)) {
            Costs.of(figures, w).ifPresent(c -> costs.put(w, c));
        }
        Optional<Makespans> makespans = Makespans.of(suite);
        Optional<Sleeping> sleeping = Sleeping.of(figures);
        return new RunAnalysis(RowMedian.of(rows), suite, figures, Verdict.of(figures, costs, sleeping, makespans), costs,
                makespans, sleeping, Overheads.baseline(suite), Overheads.of(suite), CeilingGap.of(figures), breakEvens(suite, costs),
                headline(figures), headlineMissing(figures),
                Targets.of(figures, Optional.ofNullable(costs.get(Workload.RANGE_SUM)), goals), HostSteal.of(rows),
                TuningEffects.of(figures),
                WaitingWork.of(rows, availableProcessors != null ? availableProcessors : suite.cores()));
    }

    private static List<At> headlineMissing(Figures figures) {
        List<At> missing = new ArrayList<>();
        for (Workload w : Workload.values()) {
            figures.workload(w).headlineMissing().ifPresent(n -> missing.add(new At(w, n)));
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

    private static Optional<Headline> headline(Figures figures) {
        Workload w = figures.workload(Workload.RANGE_SUM).winner().isPresent() ? Workload.RANGE_SUM : Workload.KERNEL;
        return figures.workload(w).winner().filter(b -> b.speedup().isPresent()).map(b -> new Headline(w, b));
    }

    /** The points still warming up when measured. */
    public List<Point> stillWarming() {
        return figures.all().stream().filter(f -> !f.steady()).map(PointFigures::point).toList();
    }
}
