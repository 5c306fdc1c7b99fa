package parbench.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.analysis.Comparison;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * The charts {@code compare --save} writes: a forest plot, each matched row's change against the
 * first file with the interval that goes with its test (a bar that crosses 0 is no significant
 * change), and speedup against workers, one line per machine.
 */
public final class CompareCharts {
    private static final int ROW_HEIGHT = 18;
    private static final Color[] FILES = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x9467bd)};

    private CompareCharts() {
    }

    public static List<RunChart> of(Comparison c) {
        List<RunChart> charts = new ArrayList<>();
        forest(c).ifPresent(f -> charts.add(new RunChart("-forest", "Each row's change against " + c.inputs().get(0).label()
                + ", with its " + Format.percent(1 - c.alpha()) + " interval; a bar that crosses 0 is no significant change.",
                List.of(f))));
        List<SpeedupChart.Machine> machines = new ArrayList<>();
        for (int f = 0; f < c.inputs().size(); f++) {
            Comparison.Input in = c.inputs().get(f);
            // two runs of one machine must still be told apart: the file names it, the index if even that repeats
            String name = (in.machine() == null ? "" : in.machine().name() + " ") + in.label().replaceAll("\\.json$", "");
            String unique = machines.stream().anyMatch(m -> m.name().equals(name)) ? name + " (" + (f + 1) + ")" : name;
            machines.add(new SpeedupChart.Machine(unique, c.figures().get(f)));
        }
        c.scalingSize(Workload.RANGE_SUM).map(n -> SpeedupChart.machines(machines, Workload.RANGE_SUM, n)).ifPresent(m -> charts.add(new RunChart("-speedup",
                "Speedup against workers on each machine, over its own serial loop: the fastest in-process strategy of each, "
                        + "with its measured ceiling dashed.", List.of(m))));
        return charts;
    }

    /** Empty where no row has a comparable change. */
    static Optional<XYChart> forest(Comparison c) {
        List<Comparison.Row> rows = c.matched().stream().filter(r -> r.changes().stream().anyMatch(Comparison.Change::comparable))
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(160 + ROW_HEIGHT * rows.size())
                .title("change against " + c.inputs().get(0).label()).xAxisTitle("change, % (time: below 0 is faster)")
                .yAxisTitle("").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setAxisTickLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisMin(-0.5);
        chart.getStyler().setYAxisMax(rows.size() - 0.5);
        chart.getStyler().setYAxisTickMarkSpacingHint(ROW_HEIGHT);
        String widest = rows.stream().map(r -> label(rows, rows.size() - 1 - rows.indexOf(r)))
                .max(java.util.Comparator.comparingInt(String::length)).orElse("");
        chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> label(rows, y).isEmpty() ? ChartStyle.blankAsWide(widest, y)
                : label(rows, y));
        int files = c.inputs().size();
        for (int f = 1; f < files; f++) {
            Color color = FILES[(f - 1) % FILES.length];
            double offset = files > 2 ? (f - 1 - (files - 2) / 2.0) * 0.25 : 0;
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Comparison.Change change = rows.get(i).change(f);
                if (!change.comparable()) {
                    continue;
                }
                double y = rows.size() - 1 - i + offset;
                Estimate e = change.interval();
                points.add(new double[] {percent(e.value()), y});
                if (e.known()) {
                    XYSeries bar = chart.addSeries("interval " + f + " " + i, new double[] {percent(e.lo()), percent(e.hi())},
                            new double[] {y, y});
                    bar.setMarker(SeriesMarkers.NONE);
                    bar.setLineColor(color);
                    bar.setLineStyle(new BasicStroke(2.5f));
                    bar.setShowInLegend(false);
                }
            }
            XYSeries dots = chart.addSeries(c.inputs().get(f).label(), points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1]).toArray());
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            ChartStyle.paint(dots, color);
        }
        ChartStyle.reference(chart, "no change", new double[] {0, 0}, new double[] {-0.5, rows.size() - 0.5}, Color.GRAY, true)
                .setShowInLegend(false);
        return Optional.of(chart);
    }

    private static double percent(double ratio) {
        return (ratio - 1) * 100;
    }

    /** The row at integer y (counted from the bottom), as Class.method and its params. */
    private static String label(List<Comparison.Row> rows, double y) {
        long i = Math.round(y);
        if (Math.abs(y - i) > 1e-6 || i < 0 || i >= rows.size()) {
            return "";
        }
        Comparison.Row row = rows.get(rows.size() - 1 - (int) i);
        return String.format(Locale.ROOT, "%s %s", row.first().shortName().replace("Bench.", "."), row.first().paramText()).trim();
    }
}
