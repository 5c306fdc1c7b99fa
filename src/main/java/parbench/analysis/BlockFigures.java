package parbench.analysis;

import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;

/**
 * The figures of one block (a workload at one size): the ceiling measured there and each point's
 * figures, in table order (serial, the ceiling, threads, then processes).
 *
 * @param aboveCeiling some strategy measured above 100% of the ceiling: the ceiling ran at another
 *                     moment than it did, so shares here are less certain than their intervals say
 */
public record BlockFigures(Workload workload, long size, Optional<Point> serial, Optional<Ceiling> ceiling,
        List<PointFigures> points, boolean aboveCeiling) {

    static BlockFigures of(SuiteRun run, Workload w, long size) {
        Optional<Point> serial = run.serial(w, size);
        Optional<Ceiling> ceiling = run.ceiling(w, size).map(c -> new Ceiling(c,
                serial.map(s -> Ratios.ratio(s, c).times(c.workers()))));
        List<PointFigures> points = run.at(w, size).stream().map(p -> PointFigures.of(p, serial, ceiling)).toList();
        boolean above = points.stream().anyMatch(f -> f.point().bench().isStrategy()
                && f.share().filter(c -> c.value() > 1).isPresent());
        return new BlockFigures(w, size, serial, ceiling, points, above);
    }
}
