package parbench.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import parbench.analysis.Figures;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SuiteRun;
import parbench.catalog.Workload;
import parbench.analysis.Timelines;

/**
 * One chart of a run or a comparison: the file it goes to (the stem plus a suffix), the caption the
 * Markdown gives it, and its panels (XChart objects, so tests can check series and axes, not
 * pixels). Several panels are laid out two to a row in one PNG.
 */
public record RunChart(String suffix, String caption, List<XYChart> panels) {
    /** The range sum's speedup against workers: the stem's own PNG, as every run has had it. */
    public static final String MAIN = "";
    /** The range sum's time against size, with the break-evens: the chart the README shows. */
    public static final String SIZE = "-size-range-sum";

    public String fileName(String stem) {
        return stem + suffix + ".png";
    }

    /** Every chart a run's data supports, in the order the report places them. */
    public static List<RunChart> of(RunAnalysis analysis, String title, Timelines timelines) {
        SuiteRun suite = analysis.suite();
        Figures figures = analysis.figures();
        List<RunChart> charts = new ArrayList<>();
        SizeChart.of(analysis, Workload.RANGE_SUM, title).ifPresent(c -> charts.add(new RunChart(SIZE,
                "Time per call against n (log-log), workers = cores: where a line dips below serial's (black), that "
                        + "strategy pays; ◆ marks where each strategy's measured speedup crosses 1 (interpolated between sizes), its bar the 95% interval.",
                List.of(c))));
        SpeedupChart.of(figures, Workload.RANGE_SUM, title).ifPresent(c -> charts.add(new RunChart(MAIN,
                "Speedup against workers at the largest range sum the ceiling ran at, with 95% intervals: the dashed line is the ideal, the red one "
                        + "what independent threads got.", List.of(c))));
        SizeChart.of(analysis, Workload.SQUARES, title).ifPresent(c -> charts.add(new RunChart("-size-squares",
                "Squares: time per call against length (log-log), workers = cores.", List.of(c))));
        SpeedupChart.of(figures, Workload.SQUARES, title).ifPresent(c -> charts.add(new RunChart("-speedup-squares",
                "Squares: speedup against workers at the largest length the ceiling ran at.", List.of(c))));
        SizeChart.of(analysis, Workload.KERNEL, title).ifPresent(c -> charts.add(new RunChart("-size-kernel",
                "Your kernel, " + suite.kernel().orElse("") + ": time per call against n (log-log), workers = cores; "
                        + "◆ the break-evens.", List.of(c))));
        SpeedupChart.of(figures, Workload.KERNEL, title).ifPresent(c -> charts.add(new RunChart("-speedup-kernel",
                "Your kernel, " + suite.kernel().orElse("") + ": speedup against workers at the largest n.", List.of(c))));
        SpeedupChart.of(figures, Workload.SLEEPING, title).ifPresent(c -> charts.add(new RunChart("-speedup-sleeping",
                "Sleeping tasks: speedup against workers; waiting scales with workers, not cores.", List.of(c))));
        if (!suite.sizes(Workload.UNEVEN_SLEEP).isEmpty()) {
            charts.add(new RunChart("-uneven", timelines.tracedUnitMillis().map(unit -> "Uneven tasks: which worker ran "
                    + "which task when, theory (pale, upper) and one traced run of " + unit + " ms units (solid, lower); each "
                    + "bar is labelled with its task's size.")
                    .orElse("Uneven tasks: which worker runs which task when, in theory (this run traced none)."),
                    TimelineChart.panels(timelines)));
        }
        analysis.waiting().flatMap(w -> WaitingChart.of(w, title)).ifPresent(charts::add);
        return charts;
    }

    public byte[] png() throws IOException {
        if (panels.size() == 1) {
            return ChartStyle.png(panels.get(0));
        }
        int columns = 2;
        int rows = (panels.size() + columns - 1) / columns;
        int w = panels.get(0).getWidth(), h = panels.get(0).getHeight();
        BufferedImage grid = new BufferedImage(w * columns, h * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
        for (int i = 0; i < panels.size(); i++) {
            g.drawImage(BitmapEncoder.getBufferedImage(panels.get(i)), (i % columns) * w, (i / columns) * h, null);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(grid, "png", png);
        return png.toByteArray();
    }
}
