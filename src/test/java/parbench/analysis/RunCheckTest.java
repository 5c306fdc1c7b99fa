package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.machine.MachineRecord;
import parbench.stats.AcrossRuns;

/** A run's figures against the prediction intervals of the earlier runs of its suite. */
class RunCheckTest {
    @TempDir
    Path dir;

    private static MachineRecord epyc(int hour, String hash) {
        return RunsOfOneSuite.record("amd-epyc-2cpu", "17.0.15", String.format("2026-12-04T%02d:00:00Z", hour), hash);
    }

    /** Earlier runs of suite aa at hours 1-3 (the host's hour and the pool moving a few percent), one of suite bb, one without a hash. */
    private List<RunPool.Run> folder() throws Exception {
        List<RunPool.Run> runs = new ArrayList<>();
        double[][] moves = {{1.0, 1.0}, {1.07, 1.03}, {0.96, 0.98}};
        for (int i = 0; i < moves.length; i++) {
            runs.add(RunsOfOneSuite.run(dir, "earlier" + i, epyc(i + 1, "aa"), moves[i][0], moves[i][1]));
        }
        runs.add(RunsOfOneSuite.run(dir, "other-suite", epyc(4, "bb"), 1.0, 1.5));
        runs.add(RunsOfOneSuite.run(dir, "no-hash", epyc(4, null), 1.0, 1.5));
        return runs;
    }

    @Test
    void aRunLikeTheEarlierOnesFallsInsideAndOneWithASlowerPoolFallsBelow() throws Exception {
        List<RunPool.Run> all = folder();
        RunPool.Run like = RunsOfOneSuite.run(dir, "like", epyc(5, "aa"), 1.02, 1.01);
        all.add(like);
        RunCheck check = RunCheck.againstEarlier(like, all).orElseThrow();
        assertEquals(List.of("earlier0", "earlier1", "earlier2"), check.against().runs(), "its suite's earlier runs only");
        assertEquals(0, check.outside(), check.toString());
        assertEquals(check.checks().size(), check.checked());
        assertEquals(4, check.headline().size());

        RunPool.Run slower = RunsOfOneSuite.run(dir, "slower", epyc(6, "aa"), 1.0, 1.4);
        RunCheck c = RunCheck.againstEarlier(slower, all).orElseThrow();
        RunCheck.Check speedup = c.headline().stream().filter(x -> x.figure().kind() == RunFigure.Kind.SPEEDUP
                && x.figure().strategy().equals(parbench.catalog.Bench.FIXED_POOL.label)).findFirst().orElseThrow();
        assertEquals(AcrossRuns.Position.BELOW, speedup.position(), speedup.toString());
        assertTrue(speedup.outside());
        assertEquals(17.6 / (9.0 * 1.4), speedup.thisRun().value(), 0.01);
        assertTrue(c.checks().stream().filter(x -> x.figure().strategy().equals("parallel streams"))
                .noneMatch(RunCheck.Check::outside), "the streams did not move");
    }

    @Test
    void noCheckWithoutAHashOrWithFewerThanThreeEarlierRuns() throws Exception {
        List<RunPool.Run> all = folder();
        RunPool.Run unnamed = RunsOfOneSuite.run(dir, "unnamed", epyc(5, null), 1, 1);
        assertTrue(RunCheck.againstEarlier(unnamed, all).isEmpty());
        RunPool.Run second = RunsOfOneSuite.run(dir, "early", epyc(2, "aa"), 1, 1);
        assertTrue(RunCheck.againstEarlier(second, all).isEmpty(), "one earlier run of its suite");
        RunPool.Run jdk25 = RunsOfOneSuite.run(dir, "jdk25", RunsOfOneSuite.record("amd-epyc-2cpu", "25.0.3",
                "2026-12-04T09:00:00Z", "aa"), 1, 1);
        assertTrue(RunCheck.againstEarlier(jdk25, all).isEmpty(), "another JDK is another suite");
    }

    @Test
    void runsNamedByHandAreCheckedWhateverTheirRecordsSay() throws Exception {
        List<RunPool.Run> all = folder();
        RunCheck c = RunCheck.against(all.get(0), List.of(all.get(1), all.get(2), all.get(4)));
        assertEquals(SuiteKey.Agreement.UNVERIFIED, c.against().agreement(), "one of the others names no suite");
        assertFalse(c.checks().isEmpty());
        RunCheck one = RunCheck.against(all.get(0), all.subList(1, 2));
        assertEquals(0, one.checked(), "one other run gives no prediction interval");
        assertTrue(one.checks().stream().allMatch(x -> x.position() == AcrossRuns.Position.UNKNOWN));
    }
}
