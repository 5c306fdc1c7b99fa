package parbench.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.catalog.Bench;
import parbench.catalog.Series;

/**
 * What every chart shares: a size that GitHub shows without shrinking (its page is about 880 pixels
 * wide), fonts readable there, and one colour per strategy on every chart, so that "fixed pool" is
 * the same blue in the sweep, the scaling and the comparison.
 */
final class ChartStyle {
    static final int WIDTH = 880;
    static final int HEIGHT = 520;

    private static final Map<Bench, Color> COLORS = new EnumMap<>(Map.ofEntries(
            Map.entry(Bench.SERIAL, Color.BLACK),
            Map.entry(Bench.CEILING, new Color(0xd62728)),
            Map.entry(Bench.MANUAL_THREADS, new Color(0xff7f0e)),
            Map.entry(Bench.FIXED_POOL, new Color(0x1f77b4)),
            Map.entry(Bench.SIZED_POOL_STREAMS, new Color(0x9467bd)),
            Map.entry(Bench.COMMON_POOL_STREAMS, new Color(0x2ca02c)),
            Map.entry(Bench.COLD_PROCESSES, new Color(0x8c564b)),
            Map.entry(Bench.WARM_PROCESSES, new Color(0xe377c2)),
            Map.entry(Bench.QUEUE_WORKERS, new Color(0x17becf)),
            Map.entry(Bench.UNEVEN_TASKS, new Color(0x17becf)),
            Map.entry(Bench.VIRTUAL_THREADS, new Color(0xbcbd22)),
            Map.entry(Bench.POOL_FUTURES, new Color(0x393b79)),
            Map.entry(Bench.COMMON_POOL_FUTURES, new Color(0xe7ba52)),
            Map.entry(Bench.RECURSIVE_TASKS, new Color(0x637939))));

    private ChartStyle() {
    }

    static XYChart xy(String title, String xAxis, String yAxis) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxis).yAxisTitle(yAxis)
                .build();
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setMarkerSize(7);
        return chart;
    }

    static Color color(Series series) {
        Color c = COLORS.getOrDefault(series.bench(), Color.GRAY);
        return series.perElement() ? c.darker() : c;
    }

    static void paint(XYSeries s, Color color) {
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setFillColor(color);
    }

    /** A reference line: no markers, thin, dashed where asked. */
    static XYSeries reference(XYChart chart, String name, double[] x, double[] y, Color color, boolean dashed) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f) : new BasicStroke(1.5f));
        return s;
    }

    static byte[] png(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        BitmapEncoder.saveBitmap(chart, png, BitmapEncoder.BitmapFormat.PNG);
        return png.toByteArray();
    }

    /**
     * Blank text about as wide as the given label, for the tick at y. XChart sizes a y axis by the
     * label of its largest value and drops every tick label where two are equal, so where only some
     * values carry a label (rows, workers) the others must take room and differ: by zero-width spaces.
     */
    static String blankAsWide(String label, double y) {
        return "\u2002".repeat(label.length()) + "\u200B".repeat((int) Math.max(0, Math.round(y * 8) + 16));
    }
}
