package parbench.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.analysis.CostModel;
import parbench.analysis.Costs;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * Time per call against size, log-log, one line per strategy at workers = cores and serial as the
 * reference in black: where a line dips below serial's, parallelism pays. Each measured break-even
 * (the speedup's crossing of 1, interpolated between sizes) is a diamond on serial's line with its
 * 95% interval as a bar, where it falls within the sizes measured.
 */
final class SizeChart {
    static final String BREAK_EVEN = "break-even, measured (95% CI)";
    private static final double MICROS = 1e6;

    private SizeChart() {
    }

    /** Empty where the run has no sweep: fewer than three sizes with a serial time. */
    static Optional<XYChart> of(RunAnalysis analysis, Workload w, String title) {
        Costs costs = analysis.costs().get(w);
        if (costs == null) {
            return Optional.empty();
        }
        SuiteRun suite = analysis.suite();
        XYChart chart = ChartStyle.xy(title + ": " + suite.title(w) + ", time per call at workers = cores", w.sizeParam + " (log)",
                "time per call, µs (log)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,###.##");
        // beside the plot: inside it, a legend of a dozen strategies hid the crossings around 1,000,000
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        line(chart, Series.of(parbench.catalog.Bench.SERIAL), costs.serial().points()).setLineWidth(3f);
        suite.strategiesFor(w).forEach((series, symbol) -> {
            List<Point> points = new ArrayList<>();
            suite.sizes(w).forEach(n -> suite.find(w, n, series, symbol).ifPresent(points::add));
            if (points.size() > 1) {
                line(chart, series, points);
            }
        });
        breakEvens(chart, costs);
        return Optional.of(chart);
    }

    private static XYSeries line(XYChart chart, Series series, List<Point> points) {
        XYSeries s = chart.addSeries(series.label(), points.stream().mapToDouble(Point::size).toArray(),
                points.stream().mapToDouble(p -> p.time().value() * MICROS).toArray());
        ChartStyle.paint(s, ChartStyle.color(series));
        s.setMarker(SeriesMarkers.CIRCLE);
        return s;
    }

    private static void breakEvens(XYChart chart, Costs costs) {
        List<Long> sizes = costs.sizes();
        double first = sizes.get(0), last = sizes.get(sizes.size() - 1);
        List<double[]> diamonds = new ArrayList<>();
        for (CostModel m : costs.models()) {
            Estimate n = m.crossing();
            if (costs.crossing(m) != Costs.Crossing.BETWEEN || n.value() > last) {
                continue;
            }
            double y = costs.serial().time(Math.round(n.value())) * MICROS;
            diamonds.add(new double[] {n.value(), y});
            if (n.known() || Double.isFinite(n.lo())) {
                XYSeries bar = chart.addSeries(String.format(Locale.ROOT, "%s n* interval", m.series().label()),
                        new double[] {Math.max(first, n.lo()), Math.min(last, n.hi())}, new double[] {y, y});
                bar.setMarker(SeriesMarkers.NONE);
                bar.setLineColor(ChartStyle.color(m.series()));
                bar.setLineStyle(new BasicStroke(5f));
                bar.setShowInLegend(false);
            }
        }
        if (!diamonds.isEmpty()) {
            XYSeries d = chart.addSeries(BREAK_EVEN, diamonds.stream().mapToDouble(p -> p[0]).toArray(),
                    diamonds.stream().mapToDouble(p -> p[1]).toArray());
            d.setMarker(SeriesMarkers.DIAMOND);
            d.setLineStyle(new BasicStroke(0f));
            d.setLineWidth(0f);
            ChartStyle.paint(d, Color.BLACK);
            d.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
    }
}
