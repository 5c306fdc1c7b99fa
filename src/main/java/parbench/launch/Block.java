package parbench.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.catalog.Bench;
import parbench.catalog.Params;
import parbench.catalog.Series;
import parbench.catalog.Workers;
import parbench.catalog.Workload;

/**
 * The configurations one figure compares: a workload at one size (serial, the ceiling and every
 * strategy there). A round runs each block's forks back to back, so that the two sides of a ratio
 * are measured seconds apart and share the host's minute.
 *
 * @param workload empty for a benchmark of no workload this suite knows (it is its own block)
 * @param size     the size parameter's value; 0 where the workload has none
 */
record Block(String name, Optional<Workload> workload, long size, List<Configuration> configurations) {

    /** The plan's configurations grouped into blocks, in the order their first configurations come. */
    static List<Block> of(List<Configuration> plan) {
        Map<String, List<Configuration>> groups = new LinkedHashMap<>();
        for (Configuration c : plan) {
            groups.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
        List<Block> blocks = new ArrayList<>();
        groups.forEach((key, list) -> {
            Configuration first = list.get(0);
            Optional<Workload> w = workload(first);
            blocks.add(new Block(key, w, w.map(x -> x.size(first.params())).orElse(0L), List.copyOf(list)));
        });
        return blocks;
    }

    /** "rangeSum n=50000000": the workload's method and its size; the benchmark itself where the suite knows no workload. */
    private static String key(Configuration c) {
        return workload(c).map(w -> w.method + (w.sizeParam == null ? "" : " " + w.sizeParam + "=" + c.params().get(w.sizeParam)))
                .orElse(c.benchmark());
    }

    private static Optional<Workload> workload(Configuration c) {
        return Workload.ofBenchmark(c.benchmark());
    }

    /**
     * The configurations the headline figures read: serial, the ceiling and each in-process
     * strategy at workers = cores under the declared policy (no processes, no other worker counts,
     * no per-element streams, no tuning of its own).
     * An adaptive step runs these alone, back to back, so that its seconds go to the targets.
     */
    Block headlineFigures() {
        return new Block(name, workload, size, configurations.stream().filter(Block::readByTargets).toList());
    }

    /**
     * The configurations one strategy's targets read here: serial, the ceiling (where the block has
     * it) and that strategy, by its label. A step for one far target runs these alone, a fraction
     * of the block's forks, so that the noisiest strategies get the most forks (as Neyman's
     * allocation gives a stratum forks in proportion to its spread).
     */
    Block forStrategy(String label) {
        return new Block(name, workload, size, headlineFigures().configurations().stream()
                .filter(c -> reference(c) || label.equals(seriesLabel(c))).toList());
    }

    /** The configurations that match, with the block's references (serial, the ceiling) beside them where any does. */
    Block only(java.util.function.Predicate<Configuration> which) {
        List<Configuration> chosen = configurations.stream().filter(which).toList();
        boolean any = chosen.stream().anyMatch(c -> !reference(c));
        return new Block(name, workload, size, configurations.stream().filter(c -> which.test(c) || any && reference(c)).toList());
    }

    /** Whether the block measures that strategy (by its label) at all. */
    boolean measures(String label) {
        return configurations.stream().anyMatch(c -> !reference(c) && label.equals(seriesLabel(c)));
    }

    private static boolean reference(Configuration c) {
        return Bench.ofBenchmark(c.benchmark()).map(b -> b.role == Bench.Role.BASELINE || b.role == Bench.Role.CEILING)
                .orElse(false);
    }

    private static String seriesLabel(Configuration c) {
        return Series.of(c.benchmark(), c.params()).map(Series::label).orElse("");
    }

    private static boolean readByTargets(Configuration c) {
        Optional<Bench> bench = Bench.ofBenchmark(c.benchmark());
        Optional<Series> series = Series.of(c.benchmark(), c.params());
        boolean perElement = series.map(Series::perElement).orElse(false) || !series.map(Series::ranked).orElse(true);
        String workers = c.params().get(Params.WORKERS);
        return bench.isPresent() && !perElement && (bench.get().role == Bench.Role.BASELINE || bench.get().role == Bench.Role.CEILING
                || bench.get().role == Bench.Role.THREADS && (workers == null || workers.equals(Workers.CORES)));
    }

    boolean is(Workload w, long n) {
        return workload.filter(x -> x == w).isPresent() && size == n;
    }

    /**
     * The same sweep at another size: serial and every in-process strategy at workers = cores under
     * the declared policy (what a break-even reads), without the ceiling, processes, other worker
     * counts, per-element streams or tunings.
     */
    Block atSize(long n) {
        Workload w = workload.orElseThrow();
        List<Configuration> sweep = new ArrayList<>();
        for (Configuration c : configurations) {
            if (!c.threadPerProcessor() && readByTargets(c)) {
                Map<String, String> params = new LinkedHashMap<>(c.params());
                params.put(w.sizeParam, Long.toString(n));
                sweep.add(new Configuration(c.benchmark(), c.mode(), params, false));
            }
        }
        return new Block(w.method + " " + w.sizeParam + "=" + n, workload, n, List.copyOf(sweep));
    }
}
