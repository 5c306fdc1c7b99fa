package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import parbench.catalog.Bench;
import parbench.catalog.Metrics;
import parbench.catalog.Params;
import parbench.catalog.Series;
import parbench.catalog.Workers;
import parbench.catalog.Workload;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.Metric;
import parbench.stats.Estimate;
import parbench.stats.Stats;
import parbench.work.UnevenTasks;

/**
 * This suite's rows of one result file as points, and the lookups every figure starts from: a
 * point is one configuration (a strategy at a worker count, a workload at a size) with each fork's
 * time and busy cores, and the median over forks of each. Which forks a ratio pairs is decided here
 * once ({@link Pairing}); what is computed from the points is {@link Figures}'. Rows of other suites
 * are left out (the generic table still shows them).
 */
public final class SuiteRun {

    /**
     * One measured configuration of this suite.
     *
     * @param forkTimes each fork's median in seconds per operation, in the file's fork order (in an
     *                  interleaved run, a fork of every round of its block: what the cost model's fits per round read)
     * @param time      the median over forks with its interval: the one median of every output
     * @param forkBusy  each fork's median busy cores, in the same order; empty without the load profiler
     * @param rounds    the round each fork ran in, in the same order ({@link ForkRounds}); empty where unknown
     *                  or where pairing by round does not pay ({@link Pairing})
     */
    public record Point(BenchmarkRow row, Series series, Workload workload, long size, String workersSymbol,
            int workers, double[] forkTimes, Estimate time, double[] forkBusy, Estimate busyCores, int[] rounds) {
        public boolean isSerial() {
            return series.bench().role == Bench.Role.BASELINE;
        }

        public boolean isCeiling() {
            return series.bench().role == Bench.Role.CEILING;
        }

        public boolean processes() {
            return series.bench().role == Bench.Role.PROCESSES;
        }

        public Bench bench() {
            return series.bench();
        }

        public String label() {
            return series.label();
        }

        Point withRounds(int[] r) {
            return new Point(row, series, workload, size, workersSymbol, workers, forkTimes, time, forkBusy, busyCores, r);
        }
    }

    private final List<Point> points;
    private final List<Pairing.Choice> pairings;
    private final int cores;
    private final ForkRounds forks;

    private SuiteRun(int cores, List<Point> points, List<Pairing.Choice> pairings, ForkRounds forks) {
        this.cores = cores;
        this.points = points;
        this.pairings = pairings;
        this.forks = forks;
    }

    /** What a fork of this point took, its JVM's start included, as the run's record says; empty where it does not. */
    public java.util.OptionalDouble forkSeconds(Point p) {
        return forks.seconds(p.row);
    }

    /**
     * @param availableProcessors from the machine record; null to take it from the ceiling's threads
     * @param rounds              which round each fork ran in, as the run's machine record says
     */
    public static SuiteRun of(List<BenchmarkRow> rows, Integer availableProcessors, ForkRounds rounds) {
        int cores = availableProcessors != null ? availableProcessors : ceilingThreads(rows);
        List<Point> points = new ArrayList<>();
        for (BenchmarkRow r : rows) {
            point(r, rounds, cores).ifPresent(points::add);
        }
        if (rounds.byIndexInBlocks()) {
            Pairing.roundsByIndex(points);
        }
        return new SuiteRun(cores, points, Pairing.wherePaying(points), rounds);
    }

    private static int ceilingThreads(List<BenchmarkRow> rows) {
        return rows.stream().filter(r -> Bench.ofBenchmark(r.benchmark()).orElse(null) == Bench.CEILING)
                .mapToInt(BenchmarkRow::threads).findFirst().orElse(0);
    }

    private static Optional<Point> point(BenchmarkRow r, ForkRounds rounds, int cores) {
        Optional<Series> series = Series.of(r.benchmark(), r.params());
        Optional<Workload> workload = Workload.ofMethod(r.method());
        double[] forkTimes = Stats.forkMedians(r.primary().forksInSecondsPerOp());
        if (series.isEmpty() || workload.isEmpty() || forkTimes.length == 0) {
            return Optional.empty();
        }
        Workload w = workload.get();
        Bench bench = series.get().bench();
        String symbol = r.param(Params.WORKERS);
        int workers = symbol != null ? resolve(symbol, cores) : fixedWorkers(bench, r.threads(), cores);
        if (symbol == null) {
            symbol = bench.fixedWorkers == Bench.Fixed.CORES ? Workers.CORES
                    : bench.fixedWorkers == Bench.Fixed.JMH_THREADS ? "threads=" + r.threads() : String.valueOf(workers);
        }
        Metric busy = r.secondaries().get(Metrics.BUSY_CORES);
        double[] forkBusy = busy == null ? new double[0] : Stats.forkMedians(busy.forks());
        Estimate busyCores = busy == null ? Estimate.none(Stats.CONFIDENCE) : Stats.medianInterpolated(forkBusy, Stats.CONFIDENCE);
        long size = w.sizeParam == null ? 0 : parseSize(r.param(w.sizeParam));
        return Optional.of(new Point(r, series.get(), w, size, symbol, workers, forkTimes,
                Stats.medianInterpolated(forkTimes, Stats.CONFIDENCE), forkBusy, busyCores, rounds.of(r, forkTimes.length)));
    }

    private static int fixedWorkers(Bench bench, int threads, int cores) {
        switch (bench.fixedWorkers) {
            case CORES: return cores;
            case JMH_THREADS: return threads;
            case UNEVEN_TASK_WORKERS: return UnevenTasks.WORKERS;
            default: return 1;
        }
    }

    /** The count a symbol names with the result file's processor count; 0 for a symbol no count fits. */
    static int resolve(String symbol, int cores) {
        try {
            return Workers.resolve(symbol, cores);
        } catch (IllegalArgumentException unknown) {
            return 0;
        }
    }

    private static long parseSize(String v) {
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** Available processors of the machine the run was made on. */
    public int cores() {
        return cores;
    }

    public List<Point> points() {
        return points;
    }

    /** How each block with rounds enough to pair takes its ratios, in the order the blocks were first measured. */
    public List<Pairing.Choice> pairings() {
        return pairings;
    }

    /** The user's kernel the run measured (its class, from the rows' kernel parameter); empty without one. */
    public Optional<String> kernel() {
        return points.stream().filter(p -> p.workload == Workload.KERNEL).map(p -> p.row.param(Params.KERNEL))
                .filter(k -> k != null && !k.isEmpty()).findFirst();
    }

    /** A workload's name in titles: "range sum", or "kernel com.example.PrimeCount" for a user's kernel. */
    public String title(Workload w) {
        return w == Workload.KERNEL ? kernel().map(k -> "kernel " + k).orElse(w.title) : w.title;
    }

    /** A workload's section heading: "Range sum (CPU-bound)", "Your kernel: com.example.PrimeCount". */
    public String heading(Workload w) {
        return w == Workload.KERNEL ? kernel().map(k -> w.heading + ": " + k).orElse(w.heading) : w.heading;
    }

    /** The sizes measured for a workload, ascending. */
    public List<Long> sizes(Workload w) {
        TreeSet<Long> sizes = new TreeSet<>();
        points.stream().filter(p -> p.workload == w).forEach(p -> sizes.add(p.size));
        return new ArrayList<>(sizes);
    }

    /** The largest size measured for a workload. */
    public Optional<Long> largest(Workload w) {
        List<Long> sizes = sizes(w);
        return sizes.isEmpty() ? Optional.empty() : Optional.of(sizes.get(sizes.size() - 1));
    }

    /** The points of one workload and size: serial, the ceiling, threads, then processes. */
    public List<Point> at(Workload w, long size) {
        List<Point> list = new ArrayList<>();
        points.stream().filter(p -> p.workload == w && p.size == size).forEach(list::add);
        list.sort(Comparator.comparing((Point p) -> !p.isSerial()).thenComparing(p -> !p.isCeiling())
                .thenComparing(Point::processes).thenComparing(Point::label).thenComparingInt(Point::workers));
        return list;
    }

    /**
     * Whether this run's strategies ran under the declared policy ({@link parbench.work.Tuning#DECLARED}):
     * result files from before it name no tuning in any row, and their pool, queue and manual threads
     * had the caller take a share, cut shrinking chunks and spun.
     */
    public boolean declaresPolicy() {
        return points.stream().anyMatch(p -> p.row.param(Params.SPLIT) != null);
    }

    /** A series at a worker symbol, at one workload and size. */
    public Optional<Point> find(Workload w, long size, Series series, String workersSymbol) {
        return at(w, size).stream().filter(p -> p.series.equals(series) && p.workersSymbol.equals(workersSymbol))
                .findFirst();
    }

    public Optional<Point> serial(Workload w, long size) {
        return at(w, size).stream().filter(Point::isSerial).findFirst();
    }

    public Optional<Point> ceiling(Workload w, long size) {
        return at(w, size).stream().filter(Point::isCeiling).findFirst();
    }

    /**
     * The strategies measured for a workload under the declared policy, in table order, each with the
     * worker symbol break-even uses: a tuning of its own is measured at two sizes, for what it is
     * worth there, not swept.
     */
    public Map<Series, String> strategiesFor(Workload w) {
        Map<Series, String> series = new LinkedHashMap<>();
        for (long size : sizes(w)) {
            for (Point p : at(w, size)) {
                if (p.bench().isStrategy() && p.series.ranked()) {
                    series.putIfAbsent(p.series, p.row.param(Params.WORKERS) != null ? Workers.CORES : p.workersSymbol);
                }
            }
        }
        return series;
    }
}
