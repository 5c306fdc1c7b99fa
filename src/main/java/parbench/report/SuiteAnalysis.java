package parbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import parbench.machine.LoadProfiler;

/**
 * This suite's rows turned into what the tables say: for each workload and size, each strategy's
 * time (median and 95% interval), speedup over the serial loop, efficiency against the ideal
 * (workers x) and against the measured ceiling, and busy cores. Rows from other benchmarks are
 * ignored here (the generic table still shows them).
 */
public final class SuiteAnalysis {
    public static final String PACKAGE = "parbench.bench.";

    /** What a benchmark method measures, and which parameter is its size. */
    public enum Workload {
        RANGE_SUM("range sum", "n"),
        SQUARES("squares", "length"),
        SLEEPING("sleeping tasks", "millis"),
        UNEVEN_SLEEP("uneven tasks (sleep)", "unitMillis"),
        UNEVEN_CPU("uneven tasks (CPU)", null);

        public final String title;
        public final String sizeParam;

        Workload(String title, String sizeParam) {
            this.title = title;
            this.sizeParam = sizeParam;
        }

        static Workload of(String method) {
            if (method.startsWith("rangeSum")) {
                return RANGE_SUM;
            }
            if (method.startsWith("squares")) {
                return SQUARES;
            }
            switch (method) {
                case "sleepingTasks": return SLEEPING;
                case "unevenSleep": return UNEVEN_SLEEP;
                case "unevenCpu": return UNEVEN_CPU;
                default: return null;
            }
        }
    }

    /** One measured row of this suite. time is in seconds per operation. */
    public record Point(BenchmarkRow row, String strategy, boolean processes, Workload workload, long size,
            String workersSymbol, int workers, Stats.Summary summary, Interval time, Interval busyCores) {
        public boolean isSerial() {
            return row.className().equals("SerialBench");
        }
        public boolean isCeiling() {
            return row.className().equals("CeilingBench");
        }
    }

    private final List<Point> points = new ArrayList<>();
    private final int cores;

    private SuiteAnalysis(int cores) {
        this.cores = cores;
    }

    /** @param availableProcessors from the machine record; null to take it from the ceiling's threads */
    public static SuiteAnalysis of(List<BenchmarkRow> rows, Integer availableProcessors) {
        int cores = availableProcessors != null ? availableProcessors : rows.stream()
                .filter(r -> r.benchmark().equals(PACKAGE + "CeilingBench.rangeSum"))
                .mapToInt(BenchmarkRow::threads).findFirst().orElse(0);
        SuiteAnalysis a = new SuiteAnalysis(cores);
        for (BenchmarkRow r : rows) {
            if (!r.benchmark().startsWith(PACKAGE)) {
                continue;
            }
            Workload w = Workload.of(r.method());
            if (w == null || r.primary().samples().length == 0) {
                continue;
            }
            double factor = Units.toBase(r.primary().unit());
            if (Double.isNaN(factor)) {
                continue;
            }
            boolean rate = "ops/s".equals(Units.baseUnit(r.primary().unit()));
            double[] seconds = java.util.Arrays.stream(r.primary().samples())
                    .map(v -> rate ? 1 / (v * factor) : v * factor).toArray();
            Stats.Summary s = Stats.summarize(seconds);
            long size = w.sizeParam == null ? 0 : parseSize(r.param(w.sizeParam));
            String symbol = r.param("workers");
            int workers = symbol != null ? resolve(symbol, cores)
                    : r.className().equals("CeilingBench") ? r.threads()
                    : r.className().equals("CommonPoolStreamsBench") ? cores
                    : r.className().equals("UnevenTasksBench") ? parbench.work.UnevenTasks.WORKERS : 1;
            if (symbol == null) {
                symbol = r.className().equals("CommonPoolStreamsBench") ? "cores"
                        : r.className().equals("CeilingBench") ? "threads=" + r.threads()
                        : String.valueOf(workers);
            }
            Metric busy = r.secondaries().get(LoadProfiler.BUSY_CORES);
            Interval busyCores = busy == null || busy.samples().length == 0 ? null
                    : Interval.of(Stats.summarize(busy.samples()));
            a.points.add(new Point(r, strategyName(r), isProcess(r), w, size, symbol, workers, s,
                    Interval.of(s), busyCores));
        }
        return a;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public int cores() {
        return cores;
    }

    public List<Point> points() {
        return points;
    }

    public static String strategyName(BenchmarkRow r) {
        String perElement = r.method().endsWith("PerElement") ? " per element" : "";
        switch (r.className()) {
            case "SerialBench": return "serial";
            case "CeilingBench": return "ceiling (JMH threads)";
            case "ManualThreadsBench": return "manual threads";
            case "FixedPoolBench": return "fixed pool";
            case "ParallelStreamsBench": return "streams, sized pool";
            case "CommonPoolStreamsBench": return "streams" + perElement + ", common pool";
            case "ColdProcessesBench": return "cold processes";
            case "WarmProcessesBench": return "warm processes";
            case "QueueWorkersBench": return "queue workers";
            case "VirtualThreadsBench": return "virtual threads";
            case "UnevenTasksBench": return "queue workers, " + String.valueOf(r.param("policy")).toLowerCase().replace('_', ' ');
            default: return r.className();
        }
    }

    private static boolean isProcess(BenchmarkRow r) {
        return r.className().contains("Processes");
    }

    /** The count a symbol names with the result file's processor count; 0 for a symbol no count fits. */
    static int resolve(String symbol, int cores) {
        try {
            return parbench.strategy.WorkerCount.resolve(symbol, cores);
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

    /** The sizes measured for a workload, ascending. */
    public List<Long> sizes(Workload w) {
        TreeSet<Long> sizes = new TreeSet<>();
        points.stream().filter(p -> p.workload == w).forEach(p -> sizes.add(p.size));
        return new ArrayList<>(sizes);
    }

    public List<Point> at(Workload w, long size) {
        List<Point> list = new ArrayList<>();
        points.stream().filter(p -> p.workload == w && p.size == size).forEach(list::add);
        list.sort(Comparator.comparing((Point p) -> !p.isSerial()).thenComparing(p -> !p.isCeiling())
                .thenComparing(Point::processes).thenComparing(Point::strategy).thenComparingInt(Point::workers));
        return list;
    }

    public Optional<Point> serial(Workload w, long size) {
        return points.stream().filter(p -> p.workload == w && p.size == size && p.isSerial()).findFirst();
    }

    public Optional<Point> ceiling(Workload w, long size) {
        return points.stream().filter(p -> p.workload == w && p.size == size && p.isCeiling()).findFirst();
    }

    /** serial time / this time. */
    public Optional<Interval> speedup(Point p) {
        return serial(p.workload, p.size).filter(s -> s.time.known() && p.time.known())
                .map(s -> s.time.over(p.time));
    }

    /** What the hardware gave: threads x serial time / ceiling time. */
    public Optional<Interval> ceilingSpeedup(Workload w, long size) {
        Optional<Point> c = ceiling(w, size);
        return serial(w, size).flatMap(s -> c.filter(x -> s.time.known() && x.time.known())
                .map(x -> s.time.over(x.time).times(x.workers)));
    }

    public Optional<Interval> efficiency(Point p) {
        return p.workers <= 0 ? Optional.empty() : speedup(p).map(s -> s.times(1.0 / p.workers));
    }

    public Optional<Interval> ofCeiling(Point p) {
        return speedup(p).flatMap(s -> ceilingSpeedup(p.workload, p.size).map(s::over));
    }

    /** The fastest strategy (not serial, not the ceiling) at a workload and size. */
    public Optional<Point> best(Workload w, long size, boolean processesOnly) {
        return at(w, size).stream().filter(p -> !p.isSerial() && !p.isCeiling() && p.processes == processesOnly)
                .min(Comparator.comparingDouble(p -> p.time.value()));
    }

    /**
     * The smallest size at which a strategy (at the given worker symbol) is faster than serial
     * beyond both errors; empty if it never is in the sizes measured.
     */
    public Optional<Long> breakEven(Workload w, String strategy, String workersSymbol) {
        for (long size : sizes(w)) {
            Optional<Point> s = serial(w, size);
            Optional<Point> p = at(w, size).stream()
                    .filter(x -> x.strategy.equals(strategy) && x.workersSymbol.equals(workersSymbol)).findFirst();
            if (s.isPresent() && p.isPresent() && p.get().time.below(s.get().time)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /** Strategy names in table order, with the worker symbol used for break-even. */
    public Map<String, String> strategiesFor(Workload w) {
        Map<String, String> names = new LinkedHashMap<>();
        for (long size : sizes(w)) {
            for (Point p : at(w, size)) {
                if (!p.isSerial() && !p.isCeiling()) {
                    names.putIfAbsent(p.strategy, p.row.param("workers") != null ? "cores" : p.workersSymbol);
                }
            }
        }
        return names;
    }
}
