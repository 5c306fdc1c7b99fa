package parbench.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.JmhRows;

/** What the run report says about the ceiling when a strategy appears to beat it. */
class RunReportTest {
    @TempDir
    Path dir;

    @Test
    void aStrategyAboveTheCeilingIsFlaggedInWords() throws IOException {
        // serial 17.4 ms; two independent threads 18.0 ms each (ceiling 1.93x); the pool 8.8 ms (1.98x)
        String md = report(8.8);
        assertTrue(md.contains("above 100% of the ceiling has not beaten the hardware"), md);
    }

    @Test
    void noFlagWhenEveryStrategyIsBelowTheCeiling() throws IOException {
        String md = report(9.4);
        assertFalse(md.contains("above 100% of the ceiling"), md);
    }

    private String report(double poolMillis) throws IOException {
        java.util.List<parbench.jmhfmt.BenchmarkRow> rows = JmhRows.read(dir,
                JmhRows.rangeSum("SerialBench", 1, null, 50_000_000, 17.4),
                JmhRows.rangeSum("CeilingBench", 2, null, 50_000_000, 18.0),
                JmhRows.rangeSum("FixedPoolBench", 1, "cores", 50_000_000, poolMillis));
        parbench.analysis.RunAnalysis analysis = parbench.analysis.RunAnalysis.of(rows, null);
        return new RunReport("test", null, analysis, parbench.analysis.Timelines.of(null), RunReportTest.unchecked(analysis)).markdown();
    }

    /** A plain JMH file's check against earlier runs: none, as its record names no suite. */
    static parbench.analysis.RunCheck.Earlier unchecked(parbench.analysis.RunAnalysis analysis) {
        return parbench.analysis.RunCheck.Earlier.of(new parbench.analysis.RunPool.Run("test", null, analysis.figures()), java.util.List.of());
    }
}
