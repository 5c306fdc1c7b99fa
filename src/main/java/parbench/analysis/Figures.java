package parbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Series;
import parbench.catalog.Workload;

/**
 * Every figure of a run's points, blocks and workloads, computed once from its points: what the
 * report, the CSV, the charts, the index and compare's scaling read, so that one quantity is one
 * number wherever it is printed.
 */
public final class Figures {
    private final SuiteRun suite;
    private final Map<Point, PointFigures> points = new IdentityHashMap<>();
    private final Map<RunAnalysis.At, BlockFigures> blocks = new LinkedHashMap<>();
    private final Map<Workload, WorkloadFigures> workloads = new EnumMap<>(Workload.class);

    private Figures(SuiteRun suite) {
        this.suite = suite;
    }

    public static Figures of(SuiteRun suite) {
        Figures f = new Figures(suite);
        for (Workload w : Workload.values()) {
            for (long size : suite.sizes(w)) {
                BlockFigures b = BlockFigures.of(suite, w, size);
                f.blocks.put(new RunAnalysis.At(w, size), b);
                b.points().forEach(p -> f.points.put(p.point(), p));
            }
        }
        for (Workload w : Workload.values()) {
            f.workloads.put(w, WorkloadFigures.of(w, f));
        }
        return f;
    }

    public SuiteRun suite() {
        return suite;
    }

    /** A point's figures. */
    public PointFigures of(Point p) {
        PointFigures f = points.get(p);
        if (f == null) {
            throw new IllegalArgumentException("not a point of this run: " + p.row().key());
        }
        return f;
    }

    /** Every point's figures, in the file's order. */
    public List<PointFigures> all() {
        return suite.points().stream().map(this::of).toList();
    }

    /** The figures of one workload and size, in table order; empty where it was not measured. */
    public List<PointFigures> at(Workload w, long size) {
        return block(w, size).map(BlockFigures::points).orElse(List.of());
    }

    public Optional<BlockFigures> block(Workload w, long size) {
        return Optional.ofNullable(blocks.get(new RunAnalysis.At(w, size)));
    }

    /**
     * The strategies measured at one size, in table order, each with its points by worker count (a
     * count once: "1" and "half" name one count on 2 cores): the curves of speedup against workers.
     * A strategy without a workers parameter (the common pool's streams and futures) is a point at the
     * count it runs with, so that the chart shows every strategy the verdict may name.
     */
    public Map<Series, List<PointFigures>> curves(Workload w, long size) {
        Map<Series, List<PointFigures>> curves = new LinkedHashMap<>();
        for (PointFigures f : at(w, size)) {
            Point p = f.point();
            if (p.bench().isStrategy() && p.series().ranked()) {
                List<PointFigures> curve = curves.computeIfAbsent(p.series(), k -> new ArrayList<>());
                if (curve.stream().noneMatch(q -> q.point().workers() == p.workers())) {
                    curve.add(f);
                }
            }
        }
        curves.values().forEach(l -> l.sort(Comparator.comparingInt(f -> f.point().workers())));
        return curves;
    }

    /** Of the strategies measured at several worker counts, the one with the fastest point: a curve, not a dot. */
    public Optional<List<PointFigures>> fastestCurve(Workload w, long size) {
        return curves(w, size).values().stream().filter(c -> c.size() > 1)
                .min(Comparator.comparingDouble(c -> c.stream().mapToDouble(f -> f.time().value()).min().orElseThrow()));
    }

    /** A workload's headline figures; every field empty where the run did not measure it. */
    public WorkloadFigures workload(Workload w) {
        return workloads.get(w);
    }
}
