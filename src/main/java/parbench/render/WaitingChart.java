package parbench.render;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.analysis.WaitingWork;
import parbench.analysis.WaitingWork.Measured;
import parbench.analysis.WaitingWork.Share;
import parbench.stats.Estimate;
import parbench.work.MixedWork;

/**
 * Throughput against pool size, log-log, one line per wait share with its 95% intervals: a line
 * rises while the pool is too small to keep the cores busy and flattens where it is large enough.
 * On each line a triangle marks Goetz's size and a diamond virtual threads, placed at the tasks in
 * flight (a thread each). The legend sits below the plot, where it hides no line.
 */
final class WaitingChart {
    static final String SUFFIX = "-waiting";
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    private WaitingChart() {
    }

    /** The chart as the report links it; empty where no share has a pool measured at two sizes. */
    static Optional<RunChart> of(WaitingWork w, String title) {
        List<Share> lines = w.shares().stream().filter(s -> s.pools().size() > 1).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = ChartStyle.xy(title + ": waiting work, throughput against pool size",
                "pool size, threads (log scale)", "tasks finished a second (log scale, 95% CI)");
        // x is log2 of the pool size on a linear axis, labelled in threads: a tick at every power of two
        chart.getStyler().setxAxisTickLabelsFormattingFunction(WaitingChart::powerOfTwo);
        chart.getStyler().setXAxisTickMarkSpacingHint(40);
        chart.getStyler().setYAxisLogarithmic(true);
        // a label at every decade where the lines span decades; at 2, 3, ... 9 too where they span less (else one label)
        chart.getStyler().setYAxisLogarithmicDecadeOnly(decades(lines) >= 1.5);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        boolean computesDiffer = lines.stream().map(Share::computeMicros).distinct().count() > 1;
        for (int i = 0; i < lines.size(); i++) {
            Share s = lines.get(i);
            Color color = PALETTE[i % PALETTE.length];
            String name = label(s, computesDiffer);
            line(chart, name, s, color);
            rule(chart, name, s, color);
            s.virtualThreads().ifPresent(v -> marker(chart, "virtual threads, " + name, log2(MixedWork.IN_FLIGHT),
                    v.measured().throughput(), color, true));
        }
        String caption = "Waiting work: tasks finished a second against the pool's threads (log-log), one line per wait "
                + "share W / (W + C), with 95% intervals; ▲ marks Goetz's size, cores × (1 + W / C), on each line"
                + (w.virtualThreadsMeasured() ? ", and ◆ virtual threads, drawn at the " + MixedWork.IN_FLIGHT
                        + " tasks in flight (a thread each)" : "") + ".";
        return Optional.of(new RunChart(SUFFIX, caption, List.of(chart)));
    }

    private static void line(XYChart chart, String name, Share s, Color color) {
        SortedMap<Integer, Measured> pools = s.pools();
        double[] x = pools.keySet().stream().mapToDouble(WaitingChart::log2).toArray();
        double[] y = pools.values().stream().mapToDouble(m -> m.throughput().value()).toArray();
        double[] err = pools.values().stream().mapToDouble(m -> halfWidth(m.throughput())).toArray();
        XYSeries series = chart.addSeries(name, x, y, err);
        ChartStyle.paint(series, color);
        series.setMarker(SeriesMarkers.CIRCLE);
    }

    /** Goetz's size on the line: its throughput interpolated log-log between the sizes around it, held at the ends. */
    private static void rule(XYChart chart, String name, Share s, Color color) {
        if (!Double.isFinite(s.rule())) {
            return;
        }
        double y = interpolated(s.pools(), s.rule());
        marker(chart, "Goetz's rule, " + name, log2(s.rule()),
                new Estimate(y, y, y, 1, 0), color, false);
    }

    static double interpolated(SortedMap<Integer, Measured> pools, double x) {
        Map.Entry<Integer, Measured> lo = null;
        Map.Entry<Integer, Measured> hi = null;
        for (Map.Entry<Integer, Measured> e : pools.entrySet()) {
            if (e.getKey() <= x) {
                lo = e;
            }
            if (e.getKey() >= x && hi == null) {
                hi = e;
            }
        }
        if (lo == null || hi == null || lo.getKey().equals(hi.getKey())) {
            return (lo != null ? lo : hi).getValue().throughput().value();
        }
        double t = Math.log(x / lo.getKey()) / Math.log((double) hi.getKey() / lo.getKey());
        return Math.exp(Math.log(lo.getValue().throughput().value()) * (1 - t)
                + Math.log(hi.getValue().throughput().value()) * t);
    }

    private static void marker(XYChart chart, String name, double x, Estimate y, Color color, boolean diamond) {
        XYSeries m = chart.addSeries(name, new double[] {x}, new double[] {y.value()}, new double[] {halfWidth(y)});
        ChartStyle.paint(m, color);
        m.setMarker(diamond ? SeriesMarkers.DIAMOND : SeriesMarkers.TRIANGLE_UP);
        m.setShowInLegend(false);
    }

    /** "90% waiting", with C where the run measured several (series names must differ). */
    static String label(Share s, boolean computesDiffer) {
        return s.waitPercent() + "% waiting" + (computesDiffer ? ", C = " + Format.sig(s.computeMicros()) + " µs" : "");
    }

    /** How many decades of throughput the lines span. */
    private static double decades(List<Share> lines) {
        double[] all = lines.stream().flatMap(s -> s.pools().values().stream()).mapToDouble(m -> m.throughput().value())
                .filter(v -> v > 0).toArray();
        return all.length == 0 ? 0 : Math.log10(java.util.Arrays.stream(all).max().getAsDouble()
                / java.util.Arrays.stream(all).min().getAsDouble());
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** A tick at log2 = k as the pool size 2^k; nothing between powers. */
    static String powerOfTwo(double log2) {
        long k = Math.round(log2);
        return Math.abs(log2 - k) < 1e-6 && k >= 0 && k < 31 ? Format.count(1L << k) : "";
    }

    /** The larger half of an interval (XChart draws one symmetric bar), kept above 0 on the log axis; 0 without one. */
    private static double halfWidth(Estimate e) {
        return e.known() ? Math.min(0.95 * e.value(), Math.max(e.hi() - e.value(), e.value() - e.lo())) : 0;
    }
}
