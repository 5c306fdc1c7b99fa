package parbench.analysis;

import parbench.catalog.Params;
import parbench.catalog.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.Metric;
import parbench.catalog.Metrics;
import parbench.stats.Estimate;
import parbench.stats.PairingChoice;
import parbench.stats.Stats;
import parbench.catalog.Workers;
import parbench.work.UnevenTasks;

/**
 * This suite's rows of one result file as figures: for each workload and size, each strategy's time
 * (median and 95% interval, in seconds per operation), speedup over the serial loop, efficiency
 * against the ideal (workers x) and against the measured ceiling, and busy cores. Rows of other
 * suites are left out here (the generic table still shows them).
 */
public final class SuiteRun {

    /**
     * One measured row of this suite.
     *
     * @param forkTimes each fork's median in seconds per operation, in the file's fork order (in an
     *                  interleaved run, fork r is its block's round r: what the cost model's fits per round read)
     * @param time      the median over forks with its interval
     * @param forkBusy  each fork's median busy cores, in the same order; empty without the load profiler
     * @param rounds    each fork's block round, in the same order ({@link ForkRounds}); empty where unknown
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

    /** How one block's ratios are taken: paired by round where that narrows its ratios against serial and the ceiling. */
    public record Pairing(Workload workload, long size, PairingChoice choice) {
    }

    private final List<Point> points = new ArrayList<>();
    private final List<Pairing> pairings = new ArrayList<>();
    private final int cores;

    private SuiteRun(int cores) {
        this.cores = cores;
    }

    /** @param availableProcessors from the machine record; null to take it from the ceiling's threads */
    public static SuiteRun of(List<BenchmarkRow> rows, Integer availableProcessors) {
        return of(rows, availableProcessors, ForkRounds.NONE);
    }

    /** @param rounds which block round each fork ran in, as the run's machine record says */
    public static SuiteRun of(List<BenchmarkRow> rows, Integer availableProcessors, ForkRounds rounds) {
        SuiteRun run = new SuiteRun(availableProcessors != null ? availableProcessors : ceilingThreads(rows));
        for (BenchmarkRow r : rows) {
            run.point(r, rounds).ifPresent(run.points::add);
        }
        if (rounds.byIndexInBlocks()) {
            run.roundsByIndex();
        }
        run.pairWherePaying();
        return run;
    }

    /**
     * Forgets the rounds of each block where pairing does not narrow its ratios against serial and
     * the ceiling: on the Intel Xeon run 20261203-074045 hiccups slowed the threaded configurations
     * of one round and serial alone in others, and the paired intervals came out a quarter wider.
     */
    private void pairWherePaying() {
        for (List<Long> block : blocks()) {
            List<Point> inBlock = at(Workload.values()[block.get(0).intValue()], block.get(1));
            List<double[][]> pairs = new ArrayList<>();
            List<double[][]> all = new ArrayList<>();
            for (Point base : inBlock.stream().filter(p -> p.isSerial() || p.isCeiling()).toList()) {
                for (Point p : inBlock.stream().filter(p -> !p.isSerial() && !p.isCeiling()).toList()) {
                    paired(base, p).ifPresent(ab -> {
                        pairs.add(ab);
                        all.add(new double[][] {base.forkTimes, p.forkTimes});
                    });
                }
            }
            if (pairs.isEmpty()) {
                continue;
            }
            PairingChoice choice = PairingChoice.of(pairs, all);
            pairings.add(new Pairing(inBlock.get(0).workload, inBlock.get(0).size, choice));
            if (!choice.paired()) {
                inBlock.forEach(p -> points.set(points.indexOf(p), p.withRounds(new int[0])));
            }
        }
    }

    /** How each block with rounds enough to pair takes its ratios, in the order the blocks were first measured. */
    public List<Pairing> pairings() {
        return pairings;
    }

    /**
     * Fork r as round r of its block, for the configurations with as many forks as the block's serial
     * loop: every round, whole or of part of the block, ran serial, so these ran in all of its rounds.
     */
    private void roundsByIndex() {
        List<List<Long>> blocks = blocks();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int block = blocks.indexOf(blockOf(p));
            if (serial(p.workload, p.size).filter(s -> s.forkTimes.length == p.forkTimes.length).isPresent()) {
                int[] r = java.util.stream.IntStream.range(0, p.forkTimes.length).map(f -> block * ROUNDS_PER_BLOCK + f + 1).toArray();
                points.set(i, p.withRounds(r));
            }
        }
    }

    /** The blocks measured (a workload's ordinal and a size), in the order the file first has them. */
    private List<List<Long>> blocks() {
        return points.stream().map(SuiteRun::blockOf).distinct().toList();
    }

    private static List<Long> blockOf(Point p) {
        return List.of((long) p.workload.ordinal(), p.size);
    }

    /** Round numbers given by index are block x this + fork: more than any run's rounds of one block. */
    private static final int ROUNDS_PER_BLOCK = 1_000_000;

    private static int ceilingThreads(List<BenchmarkRow> rows) {
        return rows.stream().filter(r -> Bench.ofBenchmark(r.benchmark()).orElse(null) == Bench.CEILING)
                .mapToInt(BenchmarkRow::threads).findFirst().orElse(0);
    }

    private Optional<Point> point(BenchmarkRow r, ForkRounds rounds) {
        Optional<Series> series = Series.of(r.benchmark(), r.params());
        Optional<Workload> workload = Workload.ofMethod(r.method());
        double[] forkTimes = Stats.forkMedians(r.primary().forksInSecondsPerOp());
        if (series.isEmpty() || workload.isEmpty() || forkTimes.length == 0) {
            return Optional.empty();
        }
        Workload w = workload.get();
        Bench bench = series.get().bench();
        String symbol = r.param(Params.WORKERS);
        int workers = symbol != null ? resolve(symbol, cores) : fixedWorkers(bench, r.threads());
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

    private int fixedWorkers(Bench bench, int threads) {
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
     * a's time / b's time with its interval. Where the two ran in at least {@link Stats#FEWEST_PAIRS}
     * of the same block rounds, and pairing narrows their block's intervals ({@link #pairings}), the forks of a round are paired (the Hodges-Lehmann ratio of the rounds'
     * ratios, with the signed-rank interval): measured seconds apart, they share the host's minute where
     * the host drifts, and on the committed runs so paired the intervals came out narrower
     * (CommittedRunsPairingTest). Otherwise the Hodges-Lehmann ratio of all their forks, unpaired.
     */
    public static Estimate ratio(Point a, Point b) {
        return paired(a, b).map(ab -> Stats.pairedRatio(ab[0], ab[1]))
                .orElseGet(() -> Stats.ratioInterval(b.forkTimes, a.forkTimes, Stats.CONFIDENCE));
    }

    /** a's time - b's time with its interval, paired by block round as {@link #ratio} is. */
    public static Estimate difference(Point a, Point b) {
        return paired(a, b).map(ab -> Stats.pairedDifference(ab[0], ab[1]))
                .orElseGet(() -> Stats.shiftInterval(b.forkTimes, a.forkTimes, Stats.CONFIDENCE));
    }

    /** a's and b's fork times of the block rounds both ran in, in a's order; empty where there are too few to pair. */
    static Optional<double[][]> paired(Point a, Point b) {
        Map<Integer, Integer> bAt = new HashMap<>();
        for (int f = 0; f < b.rounds.length; f++) {
            bAt.put(b.rounds[f], f);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int f = 0; f < a.rounds.length; f++) {
            Integer g = bAt.get(a.rounds[f]);
            if (g != null) {
                pairs.add(new double[] {a.forkTimes[f], b.forkTimes[g]});
            }
        }
        if (pairs.size() < Stats.FEWEST_PAIRS) {
            return Optional.empty();
        }
        return Optional.of(new double[][] {pairs.stream().mapToDouble(x -> x[0]).toArray(), pairs.stream().mapToDouble(x -> x[1]).toArray()});
    }

    /** serial time / this time; its interval unknown where there are too few forks. */
    public Optional<Estimate> speedup(Point p) {
        return serial(p.workload, p.size).map(s -> ratio(s, p));
    }

    /** What the hardware gave: threads x serial time / ceiling time. */
    public Optional<Estimate> ceilingSpeedup(Workload w, long size) {
        Optional<Point> c = ceiling(w, size);
        return serial(w, size).flatMap(s -> c.map(x -> ratio(s, x).times(x.workers)));
    }

    /** The ceiling measured above its own ideal (threads x): noise of the host, not the hardware. */
    public boolean ceilingAboveIdeal(Workload w, long size) {
        return ceiling(w, size).flatMap(c -> ceilingSpeedup(w, size).map(s -> s.value() > c.workers())).orElse(false);
    }

    /**
     * What a speedup costs: CPU time per operation relative to serial's time, busy cores x time /
     * serial time (each fork's busy cores x its time, against serial's forks). Serial's own figure is its busy cores (about 1); "1.9x faster
     * for 2.1x the CPU" is the speedup beside this. Empty without the load profiler.
     */
    public Optional<Estimate> cpuCost(Point p) {
        if (p.forkBusy.length == 0) {
            return Optional.empty();
        }
        return serial(p.workload, p.size).map(s -> {
            int n = Math.min(p.forkBusy.length, p.forkTimes.length);
            double[] cpu = new double[n];
            for (int r = 0; r < n; r++) {
                cpu[r] = p.forkBusy[r] * p.forkTimes[r];
            }
            return Stats.ratioInterval(s.forkTimes, cpu, Stats.CONFIDENCE);
        });
    }

    public Optional<Estimate> efficiency(Point p) {
        return p.workers <= 0 ? Optional.empty() : speedup(p).map(s -> s.times(1.0 / p.workers));
    }

    /** speedup / the ceiling's speedup = ceiling time / (threads x this time). */
    public Optional<Estimate> ofCeiling(Point p) {
        return ceiling(p.workload, p.size).filter(c -> c.workers > 0)
                .map(c -> ratio(c, p).times(1.0 / c.workers));
    }

    /**
     * The headline share: of the ceiling, or of the ceiling's own ideal (its threads, the cores)
     * where it measured above that, which is the host's noise and no bound. The ceiling's ideal, not
     * the strategy's workers: 4 workers on 2 cores can give 2x, not 4x (20261205-021408's sized-pool
     * streams, 1.97x, read "49% of the ideal" when divided by their 4 workers).
     */
    public Optional<Estimate> share(Point p) {
        if (!ceilingAboveIdeal(p.workload, p.size)) {
            return ofCeiling(p);
        }
        return ceiling(p.workload, p.size).flatMap(c -> speedup(p).map(s -> s.times(1.0 / c.workers)));
    }

    /** The fastest strategy (not serial, not the ceiling) at a workload and size, in process or not. */
    public Optional<Point> best(Workload w, long size, boolean processes) {
        return best(w, size, processes, p -> true);
    }

    private Optional<Point> best(Workload w, long size, boolean processes, Predicate<Point> which) {
        return at(w, size).stream().filter(p -> p.bench().isStrategy() && p.processes() == processes && which.test(p))
                .min(Comparator.comparingDouble(p -> p.time.value()));
    }

    /**
     * The size the verdict, the scaling chart and the ceiling gap read: the plan's headline size
     * ({@link Plan#headline}); where the plan declares none (a kernel), or this file lacks it (a
     * run of the user's own sizes), the largest measured ({@link #headlineMissing} says which).
     */
    public Optional<Long> headlineSize(Workload w) {
        Optional<Long> declared = Plan.headline(w).filter(n -> sizes(w).contains(n));
        return declared.isPresent() ? declared : largest(w);
    }

    /** The plan's headline size of a workload this file measured, but not at that size; empty otherwise. */
    public Optional<Long> headlineMissing(Workload w) {
        return sizes(w).isEmpty() ? Optional.empty() : Plan.headline(w).filter(n -> !sizes(w).contains(n));
    }

    /**
     * The in-process strategy to use at the headline size of a workload, the one the verdict and the
     * index name: the fastest at workers = cores, where the adaptive rounds make the figures precise;
     * the fastest at any worker count only where none ran at the cores. Other worker counts have
     * the pilot's 6 rounds alone, and the fastest of many such figures is often the luckiest: on
     * 20261205-021408 sized-pool streams with 4 workers on 2 cores, 1.97x [1.84, 2.05] in 6 forks,
     * outran the pool's 1.85x [1.83, 1.91] in 24.
     */
    public Optional<Point> winner(Workload w) {
        return headlineSize(w).flatMap(n -> best(w, n, false, p -> p.workers == cores).or(() -> best(w, n, false)));
    }

    /** The strategies measured for a workload, in table order, each with the worker symbol break-even uses. */
    public Map<Series, String> strategiesFor(Workload w) {
        Map<Series, String> series = new LinkedHashMap<>();
        for (long size : sizes(w)) {
            for (Point p : at(w, size)) {
                if (p.bench().isStrategy()) {
                    series.putIfAbsent(p.series, p.row.param(Params.WORKERS) != null ? Workers.CORES : p.workersSymbol);
                }
            }
        }
        return series;
    }
}
