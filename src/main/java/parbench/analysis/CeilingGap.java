package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Bench;
import parbench.catalog.Workers;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * Why an in-process strategy falls short of the ceiling at range sum's headline size (workers =
 * cores): the share it measured, next to the share its own per-call cost predicts. The per-call
 * cost is measured where the work is tiny (the smallest range sum: the strategy's time minus the
 * serial time); spread over the ideal time C / w (C: the time the ceiling stands for, w the cores)
 * it predicts (C / w) / (C / w + cost). What the prediction leaves unexplained is the tail (workers
 * finishing apart) and the host.
 *
 * @param bound     the time C: the ceiling's (every thread running the whole kernel at once), or
 *                  serial's where the ceiling measured above its ideal and the ideal is the bound
 * @param ofIdeal   the ceiling measured above its ideal, so C is serial's time
 * @param smallSize the size the per-call costs are measured at
 * @param workers   w, the cores
 */
public record CeilingGap(long size, Estimate bound, boolean ofIdeal, long smallSize, int workers, List<Line> lines) {

    /**
     * One strategy: its share of the ceiling as measured, the per-call cost, and the share that cost predicts.
     *
     * @param unexplained measured - predicted, in fractions (the report prints points)
     */
    public record Line(Point point, Estimate measured, Estimate perCallCost, double predicted, double unexplained) {
    }

    /** Empty where range sum lacks a ceiling, a second size or a serial loop at its smallest. */
    static Optional<CeilingGap> of(Figures figures) {
        SuiteRun run = figures.suite();
        Optional<Long> large = figures.workload(Workload.RANGE_SUM).headlineSize();
        Optional<Long> small = run.sizes(Workload.RANGE_SUM).stream().findFirst();
        if (large.isEmpty() || small.isEmpty() || large.get().equals(small.get())) {
            return Optional.empty();
        }
        Optional<Ceiling> ceiling = figures.block(Workload.RANGE_SUM, large.get()).flatMap(BlockFigures::ceiling);
        Optional<Point> serial = run.serial(Workload.RANGE_SUM, large.get());
        Optional<Point> serialSmall = run.serial(Workload.RANGE_SUM, small.get());
        if (ceiling.isEmpty() || serial.isEmpty() || serialSmall.isEmpty()) {
            return Optional.empty();
        }
        boolean ofIdeal = ceiling.get().aboveIdeal();
        Estimate bound = ofIdeal ? serial.get().time() : ceiling.get().point().time();
        int workers = Math.max(1, run.cores());
        double ideal = bound.value() / workers;
        List<Line> lines = new ArrayList<>();
        for (Point p : run.at(Workload.RANGE_SUM, large.get())) {
            if (p.bench().role != Bench.Role.THREADS || !Workers.CORES.equals(p.workersSymbol())) {
                continue;
            }
            run.find(Workload.RANGE_SUM, small.get(), p.series(), p.workersSymbol()).ifPresent(s -> {
                Estimate cost = Ratios.difference(s, serialSmall.get());
                Estimate measured = figures.of(p).share().orElseThrow();
                double predicted = ideal / (ideal + Math.max(0, cost.value()));
                lines.add(new Line(p, measured, cost, predicted, measured.value() - predicted));
            });
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(new CeilingGap(large.get(), bound, ofIdeal, small.get(), workers, lines));
    }
}
