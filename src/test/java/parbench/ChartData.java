package parbench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import parbench.render.RunChart;

/**
 * A chart as the data it draws, in text a golden file can hold: each chart's file suffix and
 * caption, each panel's title, axes and scales, and every series' points (x, y and the error bar
 * where there is one). Pixels are left to XChart; what a chart says is held here.
 */
final class ChartData {
    private ChartData() {
    }

    static String text(List<RunChart> charts) {
        StringBuilder s = new StringBuilder();
        for (RunChart c : charts) {
            s.append("chart '").append(c.suffix()).append("': ").append(c.caption()).append('\n');
            for (XYChart panel : c.panels()) {
                panel(panel, s);
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static void panel(XYChart p, StringBuilder s) {
        s.append("  panel: ").append(p.getTitle()).append('\n');
        s.append("    x: ").append(p.getXAxisTitle()).append(p.getStyler().isXAxisLogarithmic() ? " [log scale]" : "")
                .append("; y: ").append(p.getYAxisTitle()).append(p.getStyler().isYAxisLogarithmic() ? " [log scale]" : "")
                .append('\n');
        for (Map.Entry<String, XYSeries> e : p.getSeriesMap().entrySet()) {
            XYSeries series = e.getValue();
            double[] x = series.getXData();
            double[] y = series.getYData();
            double[] err = series.getExtraValues();
            s.append("    series ").append(e.getKey()).append(series.isShowInLegend() ? "" : " (not in legend)").append(":");
            for (int i = 0; i < x.length; i++) {
                s.append(" (").append(number(x[i])).append(", ").append(number(y[i]));
                if (err != null && i < err.length) {
                    s.append(" ± ").append(number(err[i]));
                }
                s.append(')');
            }
            s.append('\n');
        }
    }

    /** Six significant digits: what a chart can show, and steady across platforms' last bits. */
    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
