package parbench.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.analysis.SuiteRun;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * Speedup against workers per strategy, for the largest range sum, with its 95% interval as error
 * bars, the ideal (speedup = workers) and the measured ceiling drawn in. Drawn with XChart.
 */
public final class SpeedupChart {
    private SpeedupChart() {
    }

    /** The PNG, or empty where the run has no range sum with a serial baseline to chart. */
    public static Optional<byte[]> png(SuiteRun suite, String title) throws IOException {
        Optional<Long> largest = suite.largest(Workload.RANGE_SUM);
        if (largest.isEmpty()) {
            return Optional.empty();
        }
        long n = largest.get();
        if (suite.serial(Workload.RANGE_SUM, n).isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Point>> byStrategy = new LinkedHashMap<>();
        for (Point p : suite.at(Workload.RANGE_SUM, n)) {
            if (p.bench().isStrategy() && p.row().param("workers") != null) {
                byStrategy.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(p);
            }
        }
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title(String.format(Locale.ROOT, "%s: range sum of %,d", title, n))
                .xAxisTitle("workers").yAxisTitle(suite.points().stream().anyMatch(p -> p.time().known())
                        ? "speedup over serial (95% CI)" : "speedup over serial (no intervals: too few forks)").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(7);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        int maxWorkers = 1;
        for (Map.Entry<String, List<Point>> e : byStrategy.entrySet()) {
            List<Point> pts = new ArrayList<>(e.getValue());
            pts.sort(java.util.Comparator.comparingInt(Point::workers));
            // two symbols can name one count ("1" and "half" on 2 cores): chart each count once
            Map<Integer, Point> byCount = new LinkedHashMap<>();
            pts.forEach(p -> byCount.putIfAbsent(p.workers(), p));
            double[] x = new double[byCount.size()];
            double[] y = new double[byCount.size()];
            double[] err = new double[byCount.size()];
            int i = 0;
            for (Point p : byCount.values()) {
                Estimate s = suite.speedup(p).orElse(Estimate.none(0));
                x[i] = p.workers();
                y[i] = s.value();
                err[i] = s.known() ? Math.max(s.hi() - s.value(), s.value() - s.lo()) : 0;
                maxWorkers = Math.max(maxWorkers, p.workers());
                i++;
            }
            chart.addSeries(e.getKey(), x, y, err);
        }
        XYSeries ideal = chart.addSeries("ideal (= workers)", new double[] {1, maxWorkers}, new double[] {1, maxWorkers});
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        ideal.setLineColor(java.awt.Color.GRAY);
        suite.ceilingSpeedup(Workload.RANGE_SUM, n).ifPresent(c -> {
            XYSeries ceiling = chart.addSeries(String.format(Locale.ROOT, "measured ceiling (%.2f×)", c.value()),
                    new double[] {1, Math.max(2, suite.cores() * 2)}, new double[] {c.value(), c.value()});
            ceiling.setMarker(SeriesMarkers.NONE);
            ceiling.setLineColor(java.awt.Color.RED);
        });
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(chart, png, BitmapEncoder.BitmapFormat.PNG);
        return Optional.of(png.toByteArray());
    }
}
