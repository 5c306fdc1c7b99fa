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
import parbench.machine.MachineRecord;
import parbench.stats.Estimate;
import parbench.stats.Stats;
import parbench.stats.TestResult;
import parbench.stats.UTest;
import parbench.stats.WelchTest;

/**
 * Two or more JMH result files, rows matched by benchmark, mode, params and threads. The first file
 * is the baseline; every other file's cell in a matched row is compared with it once, here, and kept:
 * medians with 95% intervals in base units, the change with its interval, and the test. Where both
 * files have two forks or more the forks are the samples: Welch's t on the logs of fork medians, the
 * change its mean difference (as a ratio) and the interval the t test goes with. Where a file has
 * one fork, iterations stand in: a Mann-Whitney U test, the change the Hodges-Lehmann shift of the
 * logs and its interval. Each file's whole-run shift (the median of its rows' changes) is kept; with
 * normalize, every row is judged against it. Data only: what a change is called is decided where
 * it is printed.
 */
public final class Comparison {

    /** One input: its label (the file name), rows and machine record (null for a plain JMH file). */
    public record Input(String label, String path, List<BenchmarkRow> rows, MachineRecord machine) {
    }

    /**
     * A file's figures for one row, in the row's base unit (s/op or ops/s, or the unit as it was).
     *
     * @param forkMedians each fork's median: the samples compared where both files have forks to compare
     * @param iterations  every iteration of every fork: what the test is left with where a file has one fork
     * @param median      the row's one median, over forks ({@link RowMedian}), as its report prints it
     */
    public record Cell(BenchmarkRow row, String baseUnit, double[] forkMedians, double[] iterations, Estimate median) {
        static Cell of(BenchmarkRow r) {
            double[][] forks = r.primary().forksInBase();
            double[] iterations = java.util.Arrays.stream(forks).flatMapToDouble(java.util.Arrays::stream).toArray();
            RowMedian m = RowMedian.of(r);
            return new Cell(r, m.unit(), Stats.forkMedians(forks), iterations, m.median());
        }

        public boolean forkLevel() {
            return forkMedians.length >= 2;
        }
    }

    /**
     * One file's cell against the baseline's.
     *
     * @param ratio       the change as a ratio, other / baseline: the same estimator as the interval's
     * @param test        over fork medians where both files have two forks or more, else over iterations
     * @param forkLevel   the test compared forks, the unit of replication; false: iterations, as if
     *                    independent, and JVM-to-JVM variation is not measured
     * @param lowerBetter times (lower is better) rather than throughput
     * @param interval    the ratio with the interval that goes with the test (excludes 1 where it finds a difference)
     */
    public record Change(double ratio, TestResult test, boolean forkLevel, boolean unitMismatch, boolean lowerBetter,
            Estimate interval) {
        /** There are samples on both sides to compare. */
        public boolean comparable() {
            return !unitMismatch && test.n1() > 0 && test.n2() > 0;
        }

        public boolean significant() {
            return comparable() && test.significant();
        }
    }

    /** One matched row: a cell per file (null where a file lacks it), and each other file's change. */
    public record Row(String key, BenchmarkRow first, List<Cell> cells, List<Change> changes) {
        /** File f's change against the baseline (f >= 1). */
        public Change change(int f) {
            return changes.get(f - 1);
        }
    }

    private final List<Input> inputs;
    /** Each input's rows of this suite as figures (empty for other suites' files), for the scaling part. */
    private final List<Figures> figures = new ArrayList<>();
    private final double alpha;
    private final boolean normalize;
    /** Per file (0 for the baseline's own 1): the median of its rows' changes, the run as a whole. */
    private final double[] shifts;
    private final List<Row> matched = new ArrayList<>();
    private final List<Row> partial = new ArrayList<>();
    private final double[] geomeans;

    /** @param normalize judge every row against its file's whole-run shift instead of against no change */
    public Comparison(List<Input> inputs, double alpha, boolean normalize) {
        this.inputs = inputs;
        this.normalize = normalize;
        inputs.forEach(in -> figures.add(Figures.of(SuiteRun.of(in.rows(),
                in.machine() == null ? null : in.machine().availableProcessors(), ForkRounds.of(in.machine())))));
        this.alpha = alpha;
        Map<String, List<Cell>> byKey = new LinkedHashMap<>();
        for (int f = 0; f < inputs.size(); f++) {
            for (BenchmarkRow r : inputs.get(f).rows()) {
                List<Cell> cells = byKey.computeIfAbsent(r.key(), k -> emptyCells(inputs.size()));
                if (cells.get(f) == null) {
                    cells.set(f, Cell.of(r));
                }
            }
        }
        double[] none = new double[inputs.size()];
        java.util.Arrays.fill(none, 1);
        byKey.forEach((key, cells) -> {
            BenchmarkRow first = cells.stream().filter(Objects::nonNull).findFirst().orElseThrow().row();
            boolean inAll = cells.stream().allMatch(Objects::nonNull);
            (inAll ? matched : partial).add(new Row(key, first, cells, inAll ? changes(first, cells, none) : List.of()));
        });
        shifts = shifts();
        if (normalize) {
            matched.replaceAll(r -> new Row(r.key(), r.first(), r.cells(), changes(r.first(), r.cells(), shifts)));
        }
        geomeans = new double[inputs.size()];
        for (int f = 1; f < inputs.size(); f++) {
            int file = f;
            geomeans[f] = Stats.geomean(matched.stream().map(r -> r.change(file)).filter(Change::comparable)
                    .mapToDouble(Change::ratio).toArray());
        }
    }

    /** Each file's whole-run shift: the median change of the matched rows, measured against no change. */
    private double[] shifts() {
        double[] result = new double[inputs.size()];
        java.util.Arrays.fill(result, 1);
        for (int f = 1; f < inputs.size(); f++) {
            int file = f;
            double[] ratios = matched.stream().map(r -> r.change(file)).filter(Change::comparable)
                    .mapToDouble(Change::ratio).sorted().toArray();
            result[f] = ratios.length == 0 ? 1 : ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                    : Math.sqrt(ratios[ratios.length / 2 - 1] * ratios[ratios.length / 2]);
        }
        return result;
    }

    private static List<Cell> emptyCells(int files) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            cells.add(null);
        }
        return cells;
    }

    private List<Change> changes(BenchmarkRow first, List<Cell> cells, double[] shift) {
        List<Change> changes = new ArrayList<>();
        Cell base = cells.get(0);
        for (int f = 1; f < cells.size(); f++) {
            Cell other = cells.get(f);
            boolean forkLevel = base.forkLevel() && other.forkLevel();
            boolean mismatch = !Objects.equals(base.baseUnit(), other.baseUnit());
            boolean lowerBetter = Metric.lowerIsBetter(first.mode(), base.baseUnit());
            Change raw = change(base, other, 1, forkLevel, mismatch, lowerBetter);
            if (normalize && shift[f] != 1) {
                // a change only where it differs both from no change and from the run as a whole (an
                // intersection-union test: level alpha, and blind to neither kind of row, those that
                // moved with the host and those, such as sleeps, that a faster host does not move)
                TestResult against = change(base, other, shift[f], forkLevel, mismatch, lowerBetter).test();
                TestResult t = raw.test();
                raw = new Change(raw.ratio(), new TestResult(t.method(), Math.max(t.p(), against.p()), t.n1(), t.n2(),
                        alpha, t.canDetect()), forkLevel, mismatch, lowerBetter, raw.interval());
            }
            changes.add(raw);
        }
        return changes;
    }

    /** other against base, other divided by a shift first; the estimate and interval that go with the test. */
    private Change change(Cell base, Cell other, double by, boolean forkLevel, boolean mismatch, boolean lowerBetter) {
        if (forkLevel) {
            WelchTest t = WelchTest.of(logs(base.forkMedians(), 1), logs(other.forkMedians(), by), alpha);
            double[] ci = t.interval(1 - alpha);
            return new Change(Math.exp(t.difference()), t.result(), true, mismatch, lowerBetter,
                    new Estimate(Math.exp(t.difference()), Math.exp(ci[0]), Math.exp(ci[1]), Math.min(t.n1(), t.n2()), 1 - alpha));
        }
        double[] b = scaled(other.iterations(), by);
        Estimate hl = Stats.ratioInterval(base.iterations(), b, 1 - alpha);
        UTest u = UTest.of(base.iterations(), b, alpha);
        return new Change(hl.value(), new TestResult(TestResult.Method.U_ITERATIONS, u.p(), u.n1(), u.n2(), alpha,
                u.canDetect()), false, mismatch, lowerBetter, hl);
    }

    static double[] logs(double[] values, double dividedBy) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i] / dividedBy);
        }
        return logs;
    }

    private static double[] scaled(double[] values, double dividedBy) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / dividedBy;
        }
        return out;
    }

    /** File f's whole-run shift: the median of its rows' changes against the baseline (1 for none). */
    public double shift(int f) {
        return shifts[f];
    }

    /** Rows are judged against their file's whole-run shift. */
    public boolean normalized() {
        return normalize;
    }

    public List<Input> inputs() {
        return inputs;
    }

    /**
     * The size compare's scaling reads a workload at: the largest every file measured, with its
     * serial loop there; empty where there is none.
     */
    public Optional<Long> scalingSize(Workload w) {
        return figures.get(0).suite().sizes(w).stream()
                .filter(n -> figures.stream().allMatch(f -> f.suite().serial(w, n).isPresent())).reduce((a, b) -> b);
    }

    /** Each input's rows of this suite as figures, in input order. */
    public List<Figures> figures() {
        return figures;
    }

    public double alpha() {
        return alpha;
    }

    /** Rows every file has. */
    public List<Row> matched() {
        return matched;
    }

    /** Rows some file lacks: listed, not dropped. */
    public List<Row> partial() {
        return partial;
    }

    /** Geometric mean of file f's ratios to the baseline over the rows that can be compared. */
    public double geomean(int f) {
        return geomeans[f];
    }

    /** The samples per side a test needs to detect a difference at this comparison's alpha at all. */
    public int samplesNeeded() {
        return UTest.samplesNeeded(alpha);
    }

    /** How many comparisons have too few samples to ever be significant at this alpha. */
    public int undetectable() {
        int count = 0;
        for (Row row : matched) {
            for (Change c : row.changes()) {
                if (c.comparable() && !c.test().canDetect()) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How many comparisons had a file with one fork, so that iterations stood in for forks. */
    public int iterationLevel() {
        int count = 0;
        for (Row row : matched) {
            for (Change c : row.changes()) {
                if (c.comparable() && !c.forkLevel()) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Benchmarks (with params) measured in more than one mode across the files: those rows cannot match. */
    public Map<String, List<String>> mixedModes() {
        Map<String, List<String>> modes = new LinkedHashMap<>();
        for (Input in : inputs) {
            for (BenchmarkRow r : in.rows()) {
                List<String> m = modes.computeIfAbsent(r.shortName() + " " + r.params(), k -> new ArrayList<>());
                if (!m.contains(r.mode())) {
                    m.add(r.mode());
                }
            }
        }
        modes.values().removeIf(m -> m.size() < 2);
        return modes;
    }
}
