package parbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import parbench.JmhRows;
import parbench.OtherSuite;
import parbench.analysis.Comparison;
import parbench.analysis.RunAnalysis;
import parbench.jmhfmt.JmhResultFile;
import parbench.work.Policy;
import parbench.work.UnevenTasks;

/** The charts as XChart objects: the right series, log axes where stated, titles; not pixels. */
class RunChartTest {
    @TempDir
    Path dir;

    private RunAnalysis sweep() throws Exception {
        List<String> rows = new ArrayList<>();
        for (long n : new long[] {1_000, 10_000, 100_000, 1_000_000, 50_000_000}) {
            rows.add(JmhRows.rangeSum("SerialBench", 1, null, n, 0.28e-6 * n));
            rows.add(JmhRows.rangeSum("FixedPoolBench", 1, "cores", n, 3e-3 + 0.15e-6 * n));
            rows.add(JmhRows.rangeSum("ColdProcessesBench", 1, "cores", n, 62 + 0.15e-6 * n));
        }
        rows.add(JmhRows.rangeSum("FixedPoolBench", 1, "1", 50_000_000, 14.2));
        rows.add(JmhRows.rangeSum("CeilingBench", 2, null, 50_000_000, 14.3));
        rows.add(JmhRows.row("UnevenTasksBench", "unevenSleep", 1, "\"policy\":\"LONGEST_FIRST\",\"unitMillis\":\"5\"", 45.5));
        return RunAnalysis.of(JmhRows.read(dir, rows.toArray(String[]::new)), 2);
    }

    @Test
    void timeAgainstSizeIsLogLogWithSerialEachStrategyAndTheBreakEvens() throws Exception {
        List<RunChart> charts = RunChart.of(sweep(), "box", parbench.analysis.Timelines.of(null));
        RunChart main = charts.get(0);
        assertEquals(RunChart.SIZE, main.suffix());
        assertEquals("run-size-range-sum.png", main.fileName("run"));
        XYChart chart = main.panels().get(0);
        assertTrue(chart.getStyler().isXAxisLogarithmic() && chart.getStyler().isYAxisLogarithmic());
        assertEquals("box: range sum, time per call at workers = cores", chart.getTitle());
        assertTrue(chart.getSeriesMap().keySet().containsAll(List.of("serial", "fixed pool", "cold processes",
                SizeChart.BREAK_EVEN)), chart.getSeriesMap().keySet().toString());
        // the pool's break-even, 3 µs / 0.13 ns = 23,000, is marked on serial's line; cold processes' is beyond the sizes
        double[] x = chart.getSeriesMap().get(SizeChart.BREAK_EVEN).getXData();
        assertEquals(1, x.length);
        assertEquals(3e-3 / 0.13e-6, x[0], 3e-3 / 0.13e-6 * 0.02);
    }

    @Test
    void speedupAgainstWorkersHasTheIdealAndTheCeiling() throws Exception {
        // the stem's own PNG stays what it has been since the first run: speedup against workers
        RunChart speedup = RunChart.of(sweep(), "box", parbench.analysis.Timelines.of(null)).stream().filter(c -> c.suffix().equals(RunChart.MAIN))
                .findFirst().orElseThrow();
        XYChart chart = speedup.panels().get(0);
        assertEquals("box: range sum, n = 50,000,000", chart.getTitle());
        assertEquals("workers", chart.getXAxisTitle());
        assertTrue(chart.getSeriesMap().containsKey("ideal (= workers)"));
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("measured ceiling")));
        assertTrue(!chart.getStyler().isXAxisLogarithmic());
        assertEquals(List.of(1.0, 2.0), toList(chart.getSeriesMap().get("fixed pool").getXData()));
    }

    @Test
    void theUnevenTasksTimelinesShowTheoryAndTheTracedRun() throws Exception {
        UnevenTasks.Traced traced = new UnevenTasks.Traced(5, Map.of(Policy.LONGEST_FIRST,
                List.of(new UnevenTasks.Slot(0, 3, 0, 40.5), new UnevenTasks.Slot(0, 4, 40.5, 46))));
        RunChart uneven = RunChart.of(sweep(), "box", parbench.analysis.Timelines.of(traced)).stream().filter(c -> c.suffix().equals("-uneven"))
                .findFirst().orElseThrow();
        assertEquals(Policy.values().length, uneven.panels().size());
        assertEquals("contiguous: theory 14, measured – units", uneven.panels().get(0).getTitle());
        XYChart longest = uneven.panels().get(3);
        assertEquals("longest first: theory 9, measured 9.2 units", longest.getTitle());
        long measured = longest.getSeriesMap().keySet().stream().filter(k -> k.startsWith("measured")).count();
        long theory = longest.getSeriesMap().keySet().stream().filter(k -> k.startsWith("theory")).count();
        assertEquals(2, measured);
        assertEquals(UnevenTasks.SIZES.length, theory);
        assertTrue(uneven.png().length > 1000);
    }

    @Test
    void compareDrawsAForestPlotOfEveryComparableRow() throws Exception {
        Path[] pair = OtherSuite.pair(dir.resolve("other"));
        Path a = pair[0];
        Path b = pair[1];
        Comparison c = new Comparison(List.of(new Comparison.Input("intel", a.toString(), JmhResultFile.read(a), null),
                new Comparison.Input("m1", b.toString(), JmhResultFile.read(b), null)), 0.05, false);
        List<RunChart> charts = CompareCharts.of(c);
        assertEquals(1, charts.size(), "no speedup chart: these are not parbench's benchmarks");
        XYChart forest = charts.get(0).panels().get(0);
        long comparable = c.matched().stream().filter(r -> r.change(1).comparable()).count();
        assertEquals(comparable, forest.getSeriesMap().get("m1").getXData().length);
        assertEquals("change against intel", forest.getTitle());
    }

    @Test
    void compareDrawsOneSpeedupCurvePerMachine() throws Exception {
        List<Comparison.Input> inputs = new ArrayList<>();
        for (String run : List.of("intel-xeon-2cpu/20261123-173353", "amd-epyc-2cpu/20261123-204842")) {
            Path json = Path.of("results", run + ".json");
            inputs.add(new Comparison.Input(json.getFileName().toString(), json.toString(), JmhResultFile.read(json),
                    parbench.ReportCommand.readMachine(json).orElseThrow()));
        }
        RunChart machines = CompareCharts.of(new Comparison(inputs, 0.05, false)).stream().filter(c -> c.suffix().equals("-speedup"))
                .findFirst().orElseThrow();
        XYChart chart = machines.panels().get(0);
        assertEquals("range sum of 50,000,000: speedup over each machine's own serial", chart.getTitle());
        assertEquals(List.of("intel-xeon-2cpu 20261123-173353: fixed pool", "intel-xeon-2cpu 20261123-173353: ceiling (1.98×)",
                "amd-epyc-2cpu 20261123-204842: fixed pool", "amd-epyc-2cpu 20261123-204842: ceiling (2.03×)", "ideal (= workers)"),
                new ArrayList<>(chart.getSeriesMap().keySet()));
        assertEquals(List.of(1.0, 2.0, 4.0), toList(chart.getSeriesMap().get("amd-epyc-2cpu 20261123-204842: fixed pool").getXData()));
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
