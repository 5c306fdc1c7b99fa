package parbench.analysis;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
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

    /** A workload's headline figures; every field empty where the run did not measure it. */
    public WorkloadFigures workload(Workload w) {
        return workloads.get(w);
    }
}
