package parbench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import parbench.catalog.Workload;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.Metric;
import parbench.stats.AcrossRuns;
import parbench.stats.AcrossRunsChange;
import parbench.stats.Stats;

/**
 * Several runs a side ({@code compare A1 A2 A3 -- B1 B2 B3}) compared at the run level: every row
 * that each run of both sides measured, with each run's estimate (its median over forks, or over
 * iterations where it had one fork), each side pooled over its runs ({@link AcrossRuns}) and Welch's
 * t on the runs' logs ({@link AcrossRunsChange}); and, for this suite's runs, its speedups and
 * shares the same way. Runs are the samples: forks of two runs differ by the host's hour as well,
 * which a fork-level test would call a change. Data only; a side's runs need not be of one suite
 * (each side's agreement says whether they are known to be).
 *
 * @param rows     rows every run of both sides has, in the first base run's order
 * @param partial  rows some run lacks: listed, not compared
 * @param figures  this suite's speedups and shares that every run of both sides has
 */
public record RunsComparison(Side base, Side other, double alpha, List<Row> rows, List<Partial> partial,
        List<FigureRow> figures) {

    /** One side: its runs as given (files and machine records), and how far they are known to be of one suite. */
    public record Side(List<Comparison.Input> inputs, SuiteKey.Agreement agreement) {
        static Side of(List<Comparison.Input> inputs) {
            return new Side(inputs, SuiteKey.agreement(inputs.stream().map(in -> SuiteKey.of(in.machine())).toList()));
        }

        /** The runs' labels (file names), in the order given. */
        public List<String> runs() {
            return inputs.stream().map(Comparison.Input::label).toList();
        }

        /** How many of the runs' records name the suite they were made with. */
        public long named() {
            return inputs.stream().filter(in -> SuiteKey.of(in.machine()).known()).count();
        }
    }

    /**
     * A row some run lacks: listed, not compared.
     *
     * @param baseRuns  how many of the base side's runs have it
     * @param otherRuns how many of the other side's
     */
    public record Partial(String key, BenchmarkRow first, int baseRuns, int otherRuns) {
    }

    /**
     * One figure on both sides.
     *
     * @param base   each base run's estimate, in the side's order
     * @param other  each other run's estimate
     * @param change other / base as the ratio of the sides' geometric means, its interval and the test
     */
    public record Sides(double[] base, double[] other, AcrossRuns basePool, AcrossRuns otherPool, AcrossRunsChange change) {
        static Sides of(double[] base, double[] other, double alpha) {
            return new Sides(base, other, AcrossRuns.of(base), AcrossRuns.of(other), AcrossRunsChange.of(base, other, alpha));
        }
    }

    /**
     * A row of the result files.
     *
     * @param baseUnit     the first base run's unit (s/op, ops/s, ...)
     * @param lowerBetter  a time rather than a throughput
     * @param unitMismatch some run measured it in another base unit: not compared
     */
    public record Row(String key, BenchmarkRow first, String baseUnit, boolean lowerBetter, boolean unitMismatch, Sides sides) {
        public boolean comparable() {
            return !unitMismatch;
        }

        public boolean significant() {
            return comparable() && sides.change().significant();
        }
    }

    /** A speedup or share of this suite, run by run. */
    public record FigureRow(RunFigure figure, boolean headline, Sides sides) {
    }

    /** @param base the baseline's runs, @param other the runs compared with them */
    public static RunsComparison of(List<Comparison.Input> base, List<Comparison.Input> other, double alpha) {
        if (base.isEmpty() || other.isEmpty()) {
            throw new IllegalArgumentException("a side without runs");
        }
        List<Comparison.Input> all = new ArrayList<>(base);
        all.addAll(other);
        Map<String, List<BenchmarkRow>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (BenchmarkRow r : all.get(i).rows()) {
                List<BenchmarkRow> cells = byKey.computeIfAbsent(r.key(), k -> new ArrayList<>(java.util.Collections.nCopies(all.size(), null)));
                if (cells.get(i) == null) {
                    cells.set(i, r);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Partial> partial = new ArrayList<>();
        byKey.forEach((key, cells) -> {
            if (cells.stream().allMatch(Objects::nonNull)) {
                rows.add(row(key, cells, base.size(), alpha));
            } else {
                partial.add(new Partial(key, cells.stream().filter(Objects::nonNull).findFirst().orElseThrow(),
                        present(cells.subList(0, base.size())), present(cells.subList(base.size(), cells.size()))));
            }
        });
        List<RunPool.Run> baseRuns = base.stream().map(RunPool.Run::of).toList();
        List<RunPool.Run> otherRuns = other.stream().map(RunPool.Run::of).toList();
        return new RunsComparison(Side.of(base), Side.of(other), alpha, rows, partial, figures(baseRuns, otherRuns, alpha));
    }

    private static int present(List<BenchmarkRow> cells) {
        return (int) cells.stream().filter(Objects::nonNull).count();
    }

    private static Row row(String key, List<BenchmarkRow> cells, int baseRuns, double alpha) {
        List<Comparison.Cell> c = cells.stream().map(Comparison.Cell::of).toList();
        String unit = c.get(0).baseUnit();
        boolean mismatch = c.stream().anyMatch(x -> !Objects.equals(unit, x.baseUnit()));
        double[] estimates = c.stream().mapToDouble(x -> x.median().value()).toArray();
        Sides sides = Sides.of(java.util.Arrays.copyOf(estimates, baseRuns),
                java.util.Arrays.copyOfRange(estimates, baseRuns, estimates.length), alpha);
        return new Row(key, cells.get(0), unit, Metric.lowerIsBetter(cells.get(0).mode(), unit), mismatch, sides);
    }

    /** The speedups and shares every run of both sides has, in the first base run's order. */
    private static List<FigureRow> figures(List<RunPool.Run> base, List<RunPool.Run> other, double alpha) {
        RunPool a = RunPool.of(base);
        RunPool b = RunPool.of(other);
        List<FigureRow> figures = new ArrayList<>();
        for (RunPool.Pooled p : a.figures()) {
            if (p.figure().kind() == RunFigure.Kind.TIME) {
                continue; // times are the rows' own
            }
            b.figure(p.figure()).ifPresent(q -> figures.add(new FigureRow(p.figure(), p.headline(),
                    Sides.of(p.runEstimates(), q.runEstimates(), alpha))));
        }
        return figures;
    }

    /**
     * A side has fewer runs than the test needs to reject at any alpha
     * ({@link AcrossRunsChange#FEWEST_RUNS}): every row then says "too few runs", as benchstat's
     * "need N samples" does.
     */
    public boolean tooFewRuns() {
        return Math.min(base.runs().size(), other.runs().size()) < AcrossRunsChange.FEWEST_RUNS;
    }

    /** The runs a side needs for the test to reject at all. */
    public int runsNeeded() {
        return AcrossRunsChange.FEWEST_RUNS;
    }

    /** Rows measured in another base unit by some run: not compared. */
    public List<Row> unitMismatches() {
        return rows.stream().filter(r -> !r.comparable()).toList();
    }

    /** The geometric mean of the comparable rows' changes (other / base); NaN where there are none. */
    public double geomean() {
        double[] ratios = rows.stream().filter(Row::comparable).mapToDouble(r -> r.sides().change().ratio().value()).toArray();
        return ratios.length == 0 ? Double.NaN : Stats.geomean(ratios);
    }

    /**
     * The size the scaling part reads a workload at, as compare's two-file form does
     * ({@link Comparison#scalingSize}): the largest with a speedup in every run of both sides.
     */
    public Optional<Long> scalingSize(Workload w) {
        return figures.stream().map(FigureRow::figure).filter(f -> f.workload() == w && f.kind() == RunFigure.Kind.SPEEDUP)
                .map(RunFigure::size).max(Long::compare);
    }
}
