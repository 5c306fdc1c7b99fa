package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Bench;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.stats.Stats;
import parbench.catalog.Workers;

/**
 * Why an in-process strategy falls short of the ceiling at the largest range sum (workers = cores):
 * the share it measured, next to the share its own per-call cost predicts. The per-call cost is
 * measured where the work is tiny (the smallest range sum: the strategy's time minus the serial
 * time); spread over the ideal time C / workers (C: the ceiling's time, every
 * thread running the whole kernel at once) it predicts (C / w) / (C / w + cost). What the
 * prediction leaves unexplained is the tail (workers finishing apart) and the host.
 */
public final class CeilingGap {
    private CeilingGap() {
    }

    /** One strategy: its share of the ceiling as measured, the per-call cost, and the share that cost predicts. */
    public record Line(Point point, Estimate measured, Estimate perCallCost, double predicted) {
    }

    public static List<Line> of(Figures figures) {
        SuiteRun run = figures.suite();
        List<Line> lines = new ArrayList<>();
        Optional<Long> large = figures.workload(Workload.RANGE_SUM).headlineSize();
        Optional<Long> small = run.sizes(Workload.RANGE_SUM).stream().findFirst();
        if (large.isEmpty() || small.isEmpty() || large.get().equals(small.get())) {
            return lines;
        }
        Optional<Point> ceiling = run.ceiling(Workload.RANGE_SUM, large.get());
        Optional<Point> serialSmall = run.serial(Workload.RANGE_SUM, small.get());
        if (ceiling.isEmpty() || serialSmall.isEmpty()) {
            return lines;
        }
        double ideal = ceiling.get().time().value() / Math.max(1, run.cores());
        for (Point p : run.at(Workload.RANGE_SUM, large.get())) {
            if (p.bench().role != Bench.Role.THREADS || !Workers.CORES.equals(p.workersSymbol())) {
                continue;
            }
            run.find(Workload.RANGE_SUM, small.get(), p.series(), p.workersSymbol()).ifPresent(s -> {
                Estimate cost = Ratios.difference(s, serialSmall.get());
                lines.add(new Line(p, figures.of(p).ofCeiling().orElseThrow(), cost, ideal / (ideal + Math.max(0, cost.value()))));
            });
        }
        return lines;
    }
}
