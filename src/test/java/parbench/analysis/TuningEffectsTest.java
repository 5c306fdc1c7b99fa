package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.JmhRows;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.work.Tuning;

/** What the tuning is worth, on rows of known times: the effects' direction, the gap, and which moves a strategy more. */
class TuningEffectsTest {

    private static String pool(long n, String split, String caller, String spin, double millis) {
        return JmhRows.row("FixedPoolBench", "rangeSum", 1, JmhRows.params("n", n, "cores") + ",\"split\":\"" + split
                + "\",\"caller\":\"" + caller + "\",\"spin\":\"" + spin + "\"", millis);
    }

    private static String other(String bench, long n, double millis) {
        return JmhRows.rangeSum(bench, 1, "cores", n, millis);
    }

    @Test
    void aCallerThatWorksMovesThePoolMoreThanSwitchingMechanismWouldAndTheRankingLeavesTunedRowsOut(@TempDir Path dir)
            throws Exception {
        long n = 1_000_000;
        RunAnalysis a = RunAnalysis.of(JmhRows.read(dir,
                JmhRows.rangeSum("SerialBench", 1, null, n, 1.0),
                pool(n, "equal", "waits", "off", 0.80),
                pool(n, "equal", "works", "off", 0.50), // 1.6x the declared pool: the caller's share
                pool(n, "guided", "waits", "off", 0.78),
                pool(n, "guided", "works", "on", 0.48),
                other("FuturesBench", n, 0.84),
                other("QueueWorkersBench", n, 0.72)), 2);
        TuningEffects t = a.tuning();
        assertEquals(1, t.strategies().size(), t.toString());
        TuningEffects.Strategy s = t.strategies().get(0);
        assertEquals(Series.of(Bench.FIXED_POOL), s.series());
        assertEquals(3, s.effects().size());
        TuningEffects.Effect works = s.effects().stream().filter(e -> e.tuning().callerWorks() && !e.tuning().spin())
                .findFirst().orElseThrow();
        assertEquals(1.6, works.effect().value(), 0.01, "declared time over tuned time: above 1, the tuning is faster");
        assertEquals(new Tuning(Tuning.Chunks.GUIDED, true, true), s.largest().tuning(), "all three, 0.80 / 0.48");
        assertEquals(Bench.QUEUE_WORKERS, s.fastest().bench(), "tuned rows are no mechanism of their own");
        assertEquals(0.80 / 0.72, s.gap().orElseThrow().value(), 0.01);
        assertEquals(TuningEffects.Relation.TUNING_MORE, s.relation());
        assertEquals(Series.of(Bench.QUEUE_WORKERS), a.figures().workload(Workload.RANGE_SUM).winner().orElseThrow()
                .point().series(), "the ranking is of the declared policy: the tuned pool at 0.48 ms is not its winner");
        assertTrue(a.breakEvens().stream().noneMatch(b -> !b.series().ranked()), "tunings are not swept");
    }

    @Test
    void whichMovesMoreIsWhatTheIntervalsSay() {
        Optional<Estimate> gap = Optional.of(new Estimate(1.10, 1.05, 1.15, 6, 0.95));
        assertEquals(TuningEffects.Relation.TUNING_MORE, TuningEffects.relation(new Estimate(1.5, 1.4, 1.6, 6, 0.95), gap));
        assertEquals(TuningEffects.Relation.COMPARABLE, TuningEffects.relation(new Estimate(1.12, 1.0, 1.3, 6, 0.95), gap));
        assertEquals(TuningEffects.Relation.MECHANISM_MORE, TuningEffects.relation(new Estimate(1.01, 0.99, 1.03, 6, 0.95), gap));
        assertEquals(TuningEffects.Relation.TUNING_MORE, TuningEffects.relation(new Estimate(0.6, 0.55, 0.65, 6, 0.95), gap),
                "a tuning that slows a strategy by 1/0.6 moves it more than 1.1x");
        assertEquals(TuningEffects.Relation.TUNING_MORE, TuningEffects.relation(new Estimate(1.03, 1.01, 1.05, 6, 0.95),
                Optional.empty()), "the fastest mechanism has no gap: an effect that excludes 1 is more");
        assertEquals(TuningEffects.Relation.COMPARABLE, TuningEffects.relation(new Estimate(1.0, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, 2, 0.95), gap), "no interval, no claim");
    }

    @Test
    void aRunWithoutTuningsHasNoSection(@TempDir Path dir) throws Exception {
        RunAnalysis a = RunAnalysis.of(JmhRows.read(dir, JmhRows.rangeSum("SerialBench", 1, null, 1000, 1.0),
                other("FuturesBench", 1000, 0.84)), 2);
        assertTrue(a.tuning().isEmpty());
        assertFalse(a.suite().declaresPolicy(), "a file that names no tuning is from before the declared policy");
        assertEquals(List.of(), a.tuning().strategies());
    }
}
