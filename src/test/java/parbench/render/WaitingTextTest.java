package parbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import parbench.analysis.RunAnalysis;
import parbench.analysis.SimulatedWaiting;
import parbench.catalog.Bench;

/**
 * The "Waiting work" section as a reader gets it, on a simulated run of known truth: held by a golden
 * file ({@code mvn -B -q test -Dtest=WaitingTextTest -Dgolden.update=true} writes it again, and its chart
 * to target/waiting-section.png to look at), and its
 * verdict on JDK 17, where virtual threads are left out.
 */
class WaitingTextTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "parbench", "render", "waiting-section.md");
    private static final int[] SIZES = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};

    /** Shares 0%, 90% and 99% on 2 cores; virtual threads below the pool at 0%, a tie at 90%, ahead at 99%. */
    static SimulatedWaiting run(String jdk) {
        SimulatedWaiting run = new SimulatedWaiting(42, 10, jdk);
        int[] shares = {0, 90, 99};
        double[] waits = {0, 900, 9_900};
        double[] virtual = {0.7, 1.0, 1.3};
        double top = 2 / 100e-6; // the cores over C: the truth's flat top
        for (int i = 0; i < shares.length; i++) {
            IntToDoubleFunction truth = SimulatedWaiting.knee(2, waits[i], 0.02);
            run.pools(shares[i], SIZES, truth).executor(Bench.WAITING_FUTURES, shares[i], "park", truth.applyAsDouble(1));
            if (!jdk.equals("17")) {
                run.executor(Bench.WAITING_VIRTUAL_THREADS, shares[i], "park", top * virtual[i]);
            }
        }
        IntToDoubleFunction at90 = SimulatedWaiting.knee(2, 900, 0.02);
        run.socketPool(90, 16, at90.applyAsDouble(16) * 0.6);
        run.batch(Bench.MANY_WAITING_POOL, "200", 505, 20.5, 206).batch(Bench.MANY_WAITING_POOL, "goetz", 90, 131, 2008);
        if (!jdk.equals("17")) {
            run.batch(Bench.MANY_WAITING_VIRTUAL_THREADS, null, 75, 2.6, 11);
        }
        return run;
    }

    private static String section(SimulatedWaiting run) {
        RunAnalysis analysis = RunAnalysis.of(run.rows, 2);
        Markdown md = new Markdown();
        List<RunChart> charts = RunChart.of(analysis, "sim", null);
        new WaitingText(analysis.waiting().orElseThrow(), new ChartLinks(charts, "sim")).write(md);
        return md.text();
    }

    @Test
    void theSectionReadsAsTheGoldenFileSays() throws Exception {
        String md = section(run("25"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, md);
            RunChart chart = RunChart.of(RunAnalysis.of(run("25").rows, 2), "sim", null).stream()
                    .filter(c -> c.suffix().equals(WaitingChart.SUFFIX)).findFirst().orElseThrow();
            Files.write(Path.of("target", "waiting-section.png"), chart.png()); // to look at, not compared
        }
        assertEquals(Files.readString(GOLDEN), md);
        assertTrue(md.contains("virtual threads match or beat the best pool from 90% waiting on"), md);
    }

    @Test
    void onJdk17TheVerdictSaysVirtualThreadsWereNotMeasuredAndWhy() {
        String md = section(run("17"));
        assertTrue(md.contains("virtual threads were not measured: the forks ran JDK 17, and virtual threads need JDK 21 or later"), md);
        assertTrue(md.contains("| a virtual thread per task | – | not measured (JDK 17) |"), md);
        assertFalse(md.contains("◆"), "no diamonds in the chart's caption without virtual threads");
    }

    @Test
    void theChartHasALinePerShareOnLogAxesAndItsLegendBelow() {
        RunAnalysis analysis = RunAnalysis.of(run("25").rows, 2);
        RunChart chart = RunChart.of(analysis, "sim", null).stream().filter(c -> c.suffix().equals(WaitingChart.SUFFIX))
                .findFirst().orElseThrow();
        XYChart xy = chart.panels().get(0);
        assertTrue(xy.getSeriesMap().keySet().containsAll(List.of("0% waiting", "90% waiting", "99% waiting",
                "virtual threads, 90% waiting", "Goetz's rule, 99% waiting")), xy.getSeriesMap().keySet().toString());
        assertTrue(xy.getStyler().isYAxisLogarithmic());
        assertEquals(Styler.LegendPosition.OutsideS, xy.getStyler().getLegendPosition());
        assertEquals("512", WaitingChart.powerOfTwo(9));
        assertEquals("", WaitingChart.powerOfTwo(4.5));
        assertEquals(9, WaitingChart.log2(512), 1e-9);
        assertFalse(xy.getSeriesMap().get("virtual threads, 90% waiting").isShowInLegend());
    }

    @Test
    void aRunWithoutWaitingWorkHasNoSection(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        RunAnalysis analysis = RunAnalysis.of(parbench.JmhRows.read(dir,
                parbench.JmhRows.rangeSum("SerialBench", 1, null, 1000, 0.01)), 2);
        assertTrue(analysis.waiting().isEmpty(), "no section is placed");
        assertFalse(new RunReport("x", null, analysis, null, RunReportTest.unchecked(analysis)).markdown().contains("Waiting work"));
    }
}
