package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.machine.MachineRecord;
import parbench.stats.AcrossRuns;

/** Runs grouped by suite and pooled figure by figure, on synthetic runs whose figures are known. */
class RunPoolTest {
    @TempDir
    Path dir;

    private static MachineRecord epyc(String date, String hash) {
        return RunsOfOneSuite.record("amd-epyc-2cpu", "17.0.15", date, hash);
    }

    @Test
    void suitesAgreeOnMachineJdkAndHashAndRecordsWithoutAHashAreUnverified() {
        SuiteKey a = SuiteKey.of(epyc("2026-12-04T04:30:29Z", "aa"));
        SuiteKey b = SuiteKey.of(epyc("2026-12-04T04:46:08Z", "aa"));
        SuiteKey other = SuiteKey.of(epyc("2026-12-04T05:00:50Z", "bb"));
        SuiteKey none = SuiteKey.of(epyc("2026-12-04T05:00:50Z", null));
        SuiteKey jdk25 = SuiteKey.of(RunsOfOneSuite.record("amd-epyc-2cpu", "25.0.3", "2026-12-04T05:00:50Z", "aa"));
        assertEquals(new SuiteKey("amd-epyc-2cpu", 17, "aa"), a);
        assertEquals(SuiteKey.Agreement.ONE_SUITE, SuiteKey.agreement(List.of(a, b)));
        assertEquals(SuiteKey.Agreement.DIFFERENT, SuiteKey.agreement(List.of(a, other)));
        assertEquals(SuiteKey.Agreement.DIFFERENT, SuiteKey.agreement(List.of(a, jdk25)));
        assertEquals(SuiteKey.Agreement.UNVERIFIED, SuiteKey.agreement(List.of(a, none)));
        assertEquals(SuiteKey.Agreement.DIFFERENT, SuiteKey.agreement(List.of(a, none, other)));
        assertEquals(SuiteKey.Agreement.DIFFERENT, SuiteKey.agreement(List.of(a, SuiteKey.of(null))), "a plain JMH file names no machine");
        assertFalse(none.known());
    }

    @Test
    void eachFigureIsPooledOverTheRunsOwnEstimates() throws Exception {
        double[] hours = {1.0, 1.08, 0.95};
        double[] pools = {1.0, 1.03, 0.98};
        List<RunPool.Run> runs = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            runs.add(RunsOfOneSuite.run(dir, "r" + i, epyc("2026-12-04T0" + i + ":00:00Z", "aa"), hours[i], pools[i], 1, i == 1));
        }
        RunPool pool = RunPool.of(runs);
        assertEquals(SuiteKey.Agreement.ONE_SUITE, pool.agreement());
        assertEquals(List.of("r0", "r1", "r2"), pool.runs());
        SuiteRun first = runs.get(0).figures().suite();
        Point fixed = first.find(Workload.RANGE_SUM, RunsOfOneSuite.N, Series.of(Bench.FIXED_POOL), "cores").orElseThrow();
        RunPool.Pooled speedup = pool.figure(RunFigure.of(RunFigure.Kind.SPEEDUP, fixed)).orElseThrow();
        assertTrue(speedup.headline());
        for (int i = 0; i < runs.size(); i++) {
            Figures run = runs.get(i).figures();
            Point p = run.suite().find(Workload.RANGE_SUM, RunsOfOneSuite.N, Series.of(Bench.FIXED_POOL), "cores").orElseThrow();
            assertEquals(run.of(p).speedup().orElseThrow().value(), speedup.runEstimates()[i], 0, "the run's own estimate");
            assertEquals(17.6 / (9.0 * pools[i]), speedup.runEstimates()[i], 0.01);
        }
        assertEquals(AcrossRuns.of(speedup.runEstimates()), speedup.across());
        assertEquals(2, speedup.across().df());
        RunPool.Pooled time = pool.figure(RunFigure.of(RunFigure.Kind.TIME, fixed)).orElseThrow();
        assertFalse(time.headline());
        assertEquals(Math.cbrt(9e-3 * 9e-3 * 9e-3 * 1.08 * 1.03 * 0.95 * 0.98), time.across().mean().value(), 1e-5);
        assertTrue(pool.figures().stream().noneMatch(f -> f.figure().size() == 7_100_000), "a size one run added is not pooled");
        assertEquals(4, pool.headline().size(), "speedup and share of the pool and of parallel streams");
        assertTrue(pool.figures().stream().anyMatch(f -> f.figure().kind() == RunFigure.Kind.SHARE && f.headline()));
    }

    @Test
    void theIndexGroupsRunsOfOneSuiteThreeOrMoreAndLeavesRunsWithoutAHashAlone() throws Exception {
        List<RunPool.Run> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(RunsOfOneSuite.run(dir, "a" + i, epyc("2026-12-04T0" + i + ":00:00Z", "aa"), 1 + i / 100.0, 1));
        }
        for (int i = 0; i < 2; i++) {
            runs.add(1, RunsOfOneSuite.run(dir, "b" + i, epyc("2026-12-05T0" + i + ":00:00Z", "bb"), 1, 1));
        }
        for (int i = 0; i < 3; i++) {
            runs.add(RunsOfOneSuite.run(dir, "old" + i, epyc("2026-12-03T0" + i + ":00:00Z", null), 1, 1));
        }
        List<RunPool> groups = RunPool.groups(runs);
        assertEquals(1, groups.size(), "two runs of suite bb are too few; runs without a hash are in no group");
        assertEquals(List.of("a0", "a1", "a2", "a3"), groups.get(0).runs());
        assertEquals(new SuiteKey("amd-epyc-2cpu", 17, "aa"), groups.get(0).key());
        RunPool named = RunPool.of(runs.subList(runs.size() - 3, runs.size()));
        assertEquals(SuiteKey.Agreement.UNVERIFIED, named.agreement(), "runs without a hash pool only where named, and say so");
        assertFalse(named.figures().isEmpty());
    }
}
