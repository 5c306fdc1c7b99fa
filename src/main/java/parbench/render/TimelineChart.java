package parbench.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.analysis.Timelines;
import parbench.work.UnevenTasks;
import parbench.work.UnevenTasks.Slot;

/**
 * The uneven tasks as timelines, one panel per policy: for each of the four workers, which task ran
 * when, from theory (upper, pale bar) and from one traced run (lower, solid bar), each task labelled
 * with its size and shaded by it, longest darkest. The makespan is where the last bar ends: 14, 15,
 * 13 and 9 units in theory.
 */
final class TimelineChart {
    static final int PANEL_WIDTH = ChartStyle.WIDTH / 2;
    static final int PANEL_HEIGHT = 300;
    private static final double BAR = 0.22;

    private TimelineChart() {
    }

    /** One panel per policy (theory only where the run traced nothing). */
    static List<XYChart> panels(Timelines timelines) {
        return timelines.policies().stream().map(TimelineChart::panel).toList();
    }

    private static XYChart panel(Timelines.Timeline t) {
        List<Slot> traced = t.traced();
        String title = String.format(Locale.ROOT, "%s: theory %.0f, measured %s units", t.policy().label(), t.theoryEnd(),
                traced.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f", t.tracedEnd()));
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT).title(title)
                .xAxisTitle("time, units").yAxisTitle("").build();
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(Math.max(16, Math.ceil(t.tracedEnd())));
        chart.getStyler().setYAxisMin(0.5);
        chart.getStyler().setYAxisMax(UnevenTasks.WORKERS + 0.5);
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> Math.abs(y - Math.rint(y)) < 1e-9 && y >= 1 && y <= UnevenTasks.WORKERS
                ? "worker " + Math.round(y) : ChartStyle.blankAsWide("worker 4", y));
        bars(chart, t.theory(), "theory", BAR, true);
        bars(chart, traced, "measured", -BAR, false);
        return chart;
    }

    private static void bars(XYChart chart, List<Slot> slots, String kind, double offset, boolean pale) {
        for (Slot s : slots) {
            double y = s.worker() + 1 + offset;
            int size = UnevenTasks.SIZES[s.task()];
            XYSeries bar = chart.addSeries(String.format(Locale.ROOT, "%s: task %d on worker %d", kind, s.task(), s.worker() + 1),
                    new double[] {s.start() + 0.05, Math.max(s.start() + 0.1, s.end() - 0.05)}, new double[] {y, y});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(shade(size, pale));
            bar.setLineStyle(new BasicStroke(18f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            chart.addAnnotation(new AnnotationText(String.valueOf(size), (s.start() + s.end()) / 2, y, false));
        }
    }

    /** Longer tasks darker: blue from 1 unit (light) to 8 (dark); the theory's bars paler still. */
    private static Color shade(int size, boolean pale) {
        float t = (size - 1) / 7f;
        Color c = new Color(Math.round(200 - 120 * t), Math.round(225 - 110 * t), Math.round(250 - 50 * t));
        return pale ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 110) : c;
    }

}
