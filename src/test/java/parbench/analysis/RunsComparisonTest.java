package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.JmhRows;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;
import parbench.stats.TestResult;

/** compare A1 A2 A3 -- B1 B2 B3 as data: rows and figures tested at the run level. */
class RunsComparisonTest {
    @TempDir
    Path dir;

    private static MachineRecord epyc(String hash) {
        return RunsOfOneSuite.record("amd-epyc-2cpu", "17.0.15", "2026-12-04T04:30:29Z", hash);
    }

    /** runs of one side: the host's hour moves each, the pool is slower by pool on this side. */
    private List<Comparison.Input> side(String name, double[] hours, double pool, String hash) throws Exception {
        List<Comparison.Input> side = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            side.add(RunsOfOneSuite.input(dir, name + i, epyc(hash), hours[i], pool));
        }
        return side;
    }

    @Test
    void aPoolTwentyPercentSlowerOnEveryRunOfBIsAChangeAndTheRestIsNot() throws Exception {
        RunsComparison c = RunsComparison.of(side("a", new double[] {1.0, 1.04, 0.97}, 1, "aa"),
                side("b", new double[] {1.02, 0.96, 1.05}, 1.2, "bb"), 0.05);
        assertEquals(SuiteKey.Agreement.ONE_SUITE, c.base().agreement());
        assertEquals(List.of("a0", "a1", "a2"), c.base().runs());
        assertFalse(c.tooFewRuns());
        assertEquals(4, c.rows().size());
        for (RunsComparison.Row row : c.rows()) {
            boolean pool = row.key().contains("FixedPoolBench");
            assertEquals(pool, row.significant(), row.key() + ": " + row.sides().change());
            assertEquals(TestResult.Method.WELCH_LOG_RUNS, row.sides().change().test().method());
            assertEquals(3, row.sides().base().length);
            assertTrue(row.lowerBetter());
            assertEquals("s/op", row.baseUnit());
        }
        RunsComparison.Row pool = c.rows().stream().filter(r -> r.key().contains("FixedPoolBench")).findFirst().orElseThrow();
        double hoursA = Math.cbrt(1.0 * 1.04 * 0.97);
        double hoursB = Math.cbrt(1.02 * 0.96 * 1.05);
        assertEquals(1.2 * hoursB / hoursA, pool.sides().change().ratio().value(), 0.01);
        assertEquals(9.0e-3 * hoursA, pool.sides().basePool().mean().value(), 1e-4);
        RunsComparison.FigureRow speedup = c.figures().stream().filter(f -> f.headline() && f.figure().kind() == RunFigure.Kind.SPEEDUP
                && f.figure().rowKey().contains("FixedPoolBench")).findFirst().orElseThrow();
        assertEquals(1 / 1.2, speedup.sides().change().ratio().value(), 0.01, "the speedup moves, the host's hour cancels");
        assertTrue(speedup.sides().change().significant());
        assertTrue(c.figures().stream().noneMatch(f -> f.figure().kind() == RunFigure.Kind.TIME), "times are the rows'");
    }

    @Test
    void aSideOfOneRunIsTooFewForAnyTestAndSaysSo() throws Exception {
        RunsComparison c = RunsComparison.of(side("a", new double[] {1.0}, 1, "aa"),
                side("b", new double[] {1.0, 1.1, 0.9}, 2.0, "aa"), 0.05);
        assertTrue(c.tooFewRuns());
        assertEquals(2, c.runsNeeded());
        assertTrue(c.rows().stream().noneMatch(RunsComparison.Row::significant), "a halving on one run is no test");
        assertTrue(c.rows().stream().allMatch(r -> r.sides().change().tooFewRuns()));
    }

    @Test
    void rowsSomeRunLacksAreListedAndOtherSuitesAndUnitsAreSaid() throws Exception {
        List<Comparison.Input> a = side("a", new double[] {1.0, 1.01}, 1, "aa");
        Path extra = JmhRows.write(dir.resolve("a-extra.json"), JmhRows.rangeSum("SerialBench", 1, null, 1000, 0.01),
                JmhRows.rangeSum("SerialBench", 1, null, RunsOfOneSuite.N, 17.6));
        a.add(new Comparison.Input("a-extra", extra.toString(), JmhResultFile.read(extra), epyc("zz")));
        RunsComparison c = RunsComparison.of(a, side("b", new double[] {1.0, 1.0}, 1, "aa"), 0.05);
        assertEquals(SuiteKey.Agreement.DIFFERENT, c.base().agreement(), "one run names another suite");
        assertEquals(SuiteKey.Agreement.ONE_SUITE, c.other().agreement());
        assertEquals(1, c.rows().size(), "serial at 50,000,000 is in every run");
        assertEquals(4, c.partial().size());
        Path ops = JmhRows.write(dir.resolve("thrpt.json"), JmhRows.rangeSum("SerialBench", 1, null, RunsOfOneSuite.N, 17.6)
                .replace("\"avgt\"", "\"thrpt\"").replace("us/op", "ops/s"));
        List<Comparison.Input> b = List.of(new Comparison.Input("t", ops.toString(), JmhResultFile.read(ops), null));
        assertTrue(RunsComparison.of(b, b, 0.05).rows().stream().noneMatch(RunsComparison.Row::lowerBetter), "throughput: higher is better");
        assertEquals(SuiteKey.Agreement.DIFFERENT, RunsComparison.of(b, b, 0.05).base().agreement(), "a plain JMH file names no machine");
        assertThrows(IllegalArgumentException.class, () -> RunsComparison.of(List.of(), b, 0.05));
    }
}
