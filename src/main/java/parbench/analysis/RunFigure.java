package parbench.analysis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * A figure that each run of the suite estimates, named so that runs of one suite agree on it: a
 * configuration's time, or a strategy's speedup over serial or share of the ceiling. Each run's
 * estimate is the one its own report prints ({@link Figures}: the median over forks, the ratio
 * paired by round where that narrows it); runs are then pooled over these.
 *
 * @param rowKey   the measured row ({@code BenchmarkRow.key()}: benchmark, mode, params, threads)
 * @param strategy the series' label, for the reader
 * @param workers  the worker symbol ("cores", "1", "2xcores")
 */
public record RunFigure(Kind kind, String rowKey, Workload workload, long size, String strategy, String workers) {

    public enum Kind {
        /** seconds per operation */
        TIME,
        /** serial's time / this time */
        SPEEDUP,
        /** of the ceiling, or of the cores where the ceiling measured above them ({@link PointFigures#share}) */
        SHARE
    }

    static RunFigure of(Kind kind, Point p) {
        return new RunFigure(kind, p.row().key(), p.workload(), p.size(), p.label(), p.workersSymbol());
    }

    /**
     * Every figure of a run with the run's own estimate, in table order (workload, size, then the
     * points as a size's table lists them): each configuration's time, each strategy's speedup and share.
     */
    public static Map<RunFigure, Estimate> of(Figures run) {
        Map<RunFigure, Estimate> figures = new LinkedHashMap<>();
        for (Workload w : Workload.values()) {
            for (long size : run.suite().sizes(w)) {
                for (PointFigures f : run.at(w, size)) {
                    Point p = f.point();
                    put(figures, of(Kind.TIME, p), Optional.of(p.time()));
                    if (p.bench().isStrategy()) {
                        put(figures, of(Kind.SPEEDUP, p), f.speedup());
                        put(figures, of(Kind.SHARE, p), f.share());
                    }
                }
            }
        }
        return figures;
    }

    private static void put(Map<RunFigure, Estimate> figures, RunFigure f, Optional<Estimate> e) {
        e.filter(Estimate::hasSamples).ifPresent(x -> figures.put(f, x));
    }

    /**
     * The headline figures: each in-process strategy's speedup and share at range sum's headline
     * size at workers = cores, the figures the run's targets aim at ({@link Targets}).
     */
    public static Set<RunFigure> headline(Figures run) {
        Set<RunFigure> headline = new LinkedHashSet<>();
        run.workload(Workload.RANGE_SUM).headlineSize().ifPresent(n -> run.suite().at(Workload.RANGE_SUM, n).stream()
                .filter(Targets::inProcessAtCores).forEach(p -> {
                    headline.add(of(Kind.SPEEDUP, p));
                    headline.add(of(Kind.SHARE, p));
                }));
        return headline;
    }
}
