package parbench.render;

import parbench.catalog.Params;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import parbench.analysis.BlockFigures;
import parbench.analysis.Ceiling;
import parbench.analysis.Figures;
import parbench.analysis.PointFigures;
import parbench.analysis.SuiteRun;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * Speedup against workers at a workload's headline size (where the ceiling ran), one line per strategy with its 95% interval
 * as error bars, the ideal (speedup = workers) dashed and the measured ceiling in red; and the same
 * for several machines on one chart, for {@code compare}.
 */
final class SpeedupChart {
    private SpeedupChart() {
    }

    /** Empty where the workload has no serial run or no strategy measured at a worker count. */
    static Optional<XYChart> of(Figures figures, Workload w, String title) {
        SuiteRun suite = figures.suite();
        Optional<Long> largest = figures.workload(w).headlineSize();
        if (largest.isEmpty() || suite.serial(w, largest.get()).isEmpty()) {
            return Optional.empty();
        }
        long n = largest.get();
        Map<Series, List<PointFigures>> curves = figures.curves(w, n);
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = ChartStyle.xy(String.format(Locale.ROOT, "%s: %s, %s = %,d", title, suite.title(w), w.sizeParam, n),
                Params.WORKERS, axisTitle(suite));
        style(chart);
        int most = 1;
        for (Map.Entry<Series, List<PointFigures>> e : curves.entrySet()) {
            XYSeries s = curve(chart, e.getKey().label(), e.getValue());
            ChartStyle.paint(s, ChartStyle.color(e.getKey()));
            most = Math.max(most, mostWorkers(e.getValue()));
        }
        int right = Math.max(most, 2);
        ChartStyle.reference(chart, "ideal (= workers)", new double[] {1, right}, new double[] {1, right}, Color.GRAY, true);
        ceiling(figures, w, n).ifPresent(c -> ChartStyle.reference(chart,
                String.format(Locale.ROOT, "measured ceiling (%.2f×)", c.value()), new double[] {1, right},
                new double[] {c.value(), c.value()}, new Color(0xd62728), false));
        return Optional.of(chart);
    }

    /** One machine's run with its name, for {@link #machines}. */
    record Machine(String name, Figures figures) {
    }

    private static Optional<Estimate> ceiling(Figures figures, Workload w, long n) {
        return figures.block(w, n).flatMap(BlockFigures::ceiling).flatMap(Ceiling::speedup);
    }

    /**
     * For {@code compare}: each machine's fastest in-process strategy of those measured at several
     * worker counts, at the size every file measured, speedup against workers, with each machine's
     * measured ceiling as a flat line of its colour.
     */
    static XYChart machines(List<Machine> machines, Workload w, long n) {
        XYChart chart = ChartStyle.xy(String.format(Locale.ROOT, "%s of %,d: speedup over each machine's own serial", w.title,
                n), Params.WORKERS, "speedup over serial (95% CI)");
        style(chart);
        Color[] palette = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x9467bd),
                new Color(0x8c564b)};
        int most = 2;
        for (int i = 0; i < machines.size(); i++) {
            Machine m = machines.get(i);
            Color color = palette[i % palette.length];
            Optional<List<PointFigures>> points = m.figures().fastestCurve(w, n);
            if (points.isEmpty()) {
                continue;
            }
            ChartStyle.paint(curve(chart, m.name() + ": " + points.get().get(0).point().label(), points.get()), color);
            most = Math.max(most, mostWorkers(points.get()));
            int right = most;
            ceiling(m.figures(), w, n).ifPresent(c -> ChartStyle.reference(chart,
                    String.format(Locale.ROOT, "%s: ceiling (%.2f×)", m.name(), c.value()), new double[] {1, right},
                    new double[] {c.value(), c.value()}, color, true));
        }
        ChartStyle.reference(chart, "ideal (= workers)", new double[] {1, most}, new double[] {1, most}, Color.GRAY, false);
        return chart;
    }

    private static int mostWorkers(List<PointFigures> curve) {
        return curve.stream().mapToInt(f -> f.point().workers()).max().orElse(1);
    }

    private static void style(XYChart chart) {
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
    }

    private static String axisTitle(SuiteRun suite) {
        return suite.points().stream().anyMatch(p -> p.time().known()) ? "speedup over serial (95% CI)"
                : "speedup over serial (no intervals: too few forks)";
    }

    /** Speedup against workers, each point with its interval's larger half as the error bar. */
    private static XYSeries curve(XYChart chart, String name, List<PointFigures> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        double[] err = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Estimate s = points.get(i).speedup().orElse(Estimate.none(0));
            x[i] = points.get(i).point().workers();
            y[i] = s.value();
            err[i] = s.known() ? Math.max(s.hi() - s.value(), s.value() - s.lo()) : 0;
        }
        return chart.addSeries(name, x, y, err);
    }
}
