package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import parbench.analysis.PoolOptimum.Fit;
import parbench.analysis.WaitingWork.Share;
import parbench.analysis.WaitingWork.Standing;
import parbench.catalog.Bench;

/**
 * The waiting work's table on simulated runs with a known optimum: the knee found where the truth
 * has it (and never at a size that is truly slower), a flat top named as one, the rule's fit, and
 * virtual threads that tie with the best pool called a tie.
 */
class WaitingWorkTest {
    private static final int CORES = 2;
    private static final int[] SIZES = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
    private static final int SEEDS = 300;

    private static Share share(long seed, int forks, int waitPercent, IntToDoubleFunction truth) {
        SimulatedWaiting run = new SimulatedWaiting(seed, forks, "17.0.15").pools(waitPercent, SIZES, truth);
        return WaitingWork.of(run.rows, CORES).orElseThrow().shares().get(0);
    }

    /** At 90% waiting (W = 900 µs) the truth's knee is at 20 threads: 32 is the first size on the top, 16 is 20% short. */
    @Test
    void theKneeIsFoundWhereTheTruthHasItAndNeverBelow() {
        IntToDoubleFunction truth = SimulatedWaiting.knee(CORES, 900, 0);
        int named32 = 0;
        int belowTruth = 0;
        int holds = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            PoolOptimum o = share(seed, 6, 90, truth).optimum().orElseThrow();
            named32 += o.smallest() == 32 ? 1 : 0;
            belowTruth += o.smallest() < 32 ? 1 : 0;
            holds += o.fit() == Fit.HOLDS ? 1 : 0;
        }
        // a truly equal size's median falls outside the best's interval now and then: then the next size up is named
        // (with these seeds 260 of 300 name 32, none a size below it)
        assertTrue(named32 >= 0.80 * SEEDS, named32 + " of " + SEEDS);
        assertTrue(belowTruth <= 0.01 * SEEDS, belowTruth + " of " + SEEDS);
        assertTrue(holds >= 0.80 * SEEDS, holds + " of " + SEEDS);
    }

    @Test
    void aFlatTopIsNamedAsOneAndTheRuleHolds() {
        Share s = share(1, 10, 90, SimulatedWaiting.knee(CORES, 900, 0));
        PoolOptimum o = s.optimum().orElseThrow();
        assertEquals(20.0, s.rule(), 1e-9);
        assertEquals(32, o.smallest());
        assertEquals(OptionalInt.of(16), o.below());
        assertTrue(o.largestWithin() >= 256, "flat to " + o.largestWithin());
        assertEquals(Fit.HOLDS, o.fit());
        assertEquals(32 / 20.0, o.ratio(), 1e-9);
        assertEquals(16 / 20.0, o.ratioBelow().getAsDouble(), 1e-9);
        assertTrue(o.intervalKnown());
    }

    /** Past the knee every doubling loses 15%: the top ends, and it is not flat to 512. */
    @Test
    void aTopThatFallsAwayIsNotCalledFlat() {
        int flatTo512 = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            PoolOptimum o = share(seed, 6, 90, SimulatedWaiting.knee(CORES, 900, 0.15)).optimum().orElseThrow();
            flatTo512 += o.largestWithin() == 512 ? 1 : 0;
        }
        assertTrue(flatTo512 <= 0.01 * SEEDS, flatTo512 + " of " + SEEDS);
    }

    /** The truth's W is 300 µs where the rule is told 900 µs: the rule asks for too many; and 3 ms: too few. */
    @Test
    void aRuleOffTheKneeIsSaidToBeOffAndWhichWay() {
        int tooMany = 0;
        int tooFew = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            tooMany += share(seed, 6, 90, SimulatedWaiting.knee(CORES, 300, 0)).optimum().orElseThrow().fit() == Fit.TOO_MANY ? 1 : 0;
            tooFew += share(seed, 6, 90, SimulatedWaiting.knee(CORES, 3000, 0)).optimum().orElseThrow().fit() == Fit.TOO_FEW ? 1 : 0;
        }
        assertTrue(tooMany >= 0.80 * SEEDS, tooMany + " of " + SEEDS);
        assertTrue(tooFew >= 0.80 * SEEDS, tooFew + " of " + SEEDS);
    }

    /** Told W = 300 µs's truth at 90%: the rule's 20 threads lie on the flat top that starts at 8. */
    @Test
    void aRuleAboveTheKneeOnTheFlatTopIsHarmlessToo() {
        // the truth's knee is 2 x (1 + 300 / 100) = 8 threads: 8, or 16 where 8's median fell out of the best's interval
        PoolOptimum o = share(8, 10, 90, SimulatedWaiting.knee(CORES, 300, 0)).optimum().orElseThrow();
        assertTrue(o.smallest() == 8 || o.smallest() == 16, String.valueOf(o.smallest()));
        assertEquals(Fit.TOO_MANY, o.fit());
        assertTrue(o.ruleOnTop(512));
        assertEquals(o.smallest() / 20.0, o.ratio(), 1e-9);
    }

    @Test
    void anOptimumStillRisingAtTheLargestSizeIsOpenAbove() {
        // the knee at 200 threads, the sweep stopping at 128: the optimum lies above, as the rule says
        SimulatedWaiting run = new SimulatedWaiting(3, 10, "17").pools(99, new int[] {16, 32, 64, 128},
                SimulatedWaiting.knee(CORES, 9_900, 0));
        PoolOptimum o = WaitingWork.of(run.rows, CORES).orElseThrow().shares().get(0).optimum().orElseThrow();
        assertEquals(128, o.smallest());
        assertTrue(o.openAbove());
        assertEquals(Fit.HOLDS, o.fit(), "200 threads is above 128, where the throughput still rose");
        // and the truth 10x the rule's W: at 256 and 512 still rising, the rule's 200 is at or below a slower size
        PoolOptimum far = share(3, 10, 99, SimulatedWaiting.knee(CORES, 99_000, 0)).optimum().orElseThrow();
        assertEquals(512, far.smallest());
        assertTrue(far.openAbove());
        assertEquals(Fit.TOO_FEW, far.fit());
    }

    /**
     * Virtual threads as fast as the top: a tie, as the intervals say, at least 90% of the time (285
     * of 300 with these seeds), though the best pool is the luckiest of several sizes.
     */
    @Test
    void virtualThreadsThatTieAreCalledATie() {
        IntToDoubleFunction truth = SimulatedWaiting.knee(CORES, 900, 0);
        int ties = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            SimulatedWaiting run = new SimulatedWaiting(seed, 6, "25").pools(90, SIZES, truth)
                    .executor(Bench.WAITING_VIRTUAL_THREADS, 90, "park", truth.applyAsDouble(512));
            Share s = WaitingWork.of(run.rows, CORES).orElseThrow().shares().get(0);
            ties += s.virtualThreads().orElseThrow().standing() == Standing.MATCHES ? 1 : 0;
        }
        assertTrue(ties >= 0.90 * SEEDS, ties + " of " + SEEDS);
    }

    @Test
    void virtualThreadsPayFromTheShareWhereTheyStopFallingShort() {
        SimulatedWaiting run = new SimulatedWaiting(7, 10, "25");
        double[] vtOverTop = {0.6, 1.0, 1.4};
        int[] shares = {0, 90, 99};
        double[] waits = {0, 900, 9_900};
        for (int i = 0; i < shares.length; i++) {
            IntToDoubleFunction truth = SimulatedWaiting.knee(CORES, waits[i], 0);
            run.pools(shares[i], SIZES, truth).executor(Bench.WAITING_VIRTUAL_THREADS, shares[i], "park",
                    truth.applyAsDouble(512) * vtOverTop[i]);
        }
        WaitingWork w = WaitingWork.of(run.rows, CORES).orElseThrow();
        assertEquals(List.of(Standing.BELOW, Standing.MATCHES, Standing.BEATS), w.shares().stream()
                .map(s -> s.virtualThreads().orElseThrow().standing()).toList());
        assertEquals(OptionalInt.of(90), w.virtualFrom());
        assertTrue(w.virtualThreadsMeasured());
        assertEquals(25, w.jdkFeature());
        assertEquals(List.of(2.0, 20.0, 200.0), w.shares().stream().map(Share::rule).toList());
    }

    @Test
    void withOneForkNothingIsCalledATieAndTheBestIsTheFastestAlone() {
        IntToDoubleFunction truth = SimulatedWaiting.knee(CORES, 900, 0);
        SimulatedWaiting run = new SimulatedWaiting(5, 1, "25").pools(90, SIZES, truth)
                .executor(Bench.WAITING_VIRTUAL_THREADS, 90, "park", truth.applyAsDouble(512));
        WaitingWork w = WaitingWork.of(run.rows, CORES).orElseThrow();
        PoolOptimum o = w.shares().get(0).optimum().orElseThrow();
        assertFalse(o.intervalKnown());
        assertEquals(Fit.UNKNOWN, o.fit(), "no size is measurably slower without an interval");
        assertEquals(o.best(), o.smallest());
        assertEquals(o.best(), o.largestWithin());
        assertEquals(Standing.UNKNOWN, w.shares().get(0).virtualThreads().orElseThrow().standing());
        assertTrue(w.virtualFrom().isEmpty());
    }

    @Test
    void theWaitTasksGotGivesTheRuleWithTheRealW() {
        Share s = share(2, 10, 90, SimulatedWaiting.knee(CORES, 900, 0));
        // simulated waits are W x 1.06 + 5 µs = 959 µs at the smallest pool, and computes C x 1.1 = 110 µs
        assertEquals(959, s.achievedWait().orElseThrow().value(), 5);
        assertEquals(110, s.achievedCompute().orElseThrow().value(), 1);
        assertEquals(CORES * (1 + 959 / 110.0), s.ruleAchieved().getAsDouble(), 0.2);
        assertEquals(900, s.waitMicros(), 1e-9);
    }

    @Test
    void aSocketRoundTripIsPairedWithItsParkingTwin() {
        IntToDoubleFunction truth = SimulatedWaiting.knee(CORES, 900, 0);
        SimulatedWaiting run = new SimulatedWaiting(4, 10, "25").pools(90, SIZES, truth).socketPool(90, 16, truth.applyAsDouble(16) * 0.5)
                .executor(Bench.WAITING_VIRTUAL_THREADS, 90, "socket", truth.applyAsDouble(512) * 0.8);
        WaitingWork w = WaitingWork.of(run.rows, CORES).orElseThrow();
        assertEquals(2, w.realCalls().size());
        WaitingWork.RealCall pool = w.realCalls().get(0);
        assertEquals(Bench.WAITING_POOL, pool.bench());
        assertEquals(OptionalInt.of(16), pool.poolSize());
        assertTrue(pool.ratio().orElseThrow().contains(0.5), pool.ratio().toString());
        WaitingWork.RealCall virtual = w.realCalls().get(1);
        assertTrue(virtual.parked().isEmpty(), "no virtual threads with parking in this run");
        assertTrue(w.shares().get(0).virtualThreads().isEmpty(), "the socket's row is not parking's");
    }

    @Test
    void batchesGiveTimeMemoryAndThreadsPerBatchAndTheRulesPool() {
        SimulatedWaiting run = new SimulatedWaiting(6, 6, "25")
                .batch(Bench.MANY_WAITING_POOL, "200", 505, 20, 206)
                .batch(Bench.MANY_WAITING_POOL, "goetz", 80, 130, 2008)
                .batch(Bench.MANY_WAITING_VIRTUAL_THREADS, null, 70, Double.NaN, 11);
        WaitingWork w = WaitingWork.of(run.rows, CORES).orElseThrow();
        assertTrue(w.shares().isEmpty());
        assertEquals(3, w.batches().size());
        WaitingWork.Batch pool = w.batches().get(0);
        WaitingWork.Batch rule = w.batches().get(1);
        WaitingWork.Batch virtual = w.batches().get(2);
        assertEquals(OptionalInt.of(200), pool.poolSize());
        assertEquals(OptionalInt.of(2002), rule.poolSize(), "2 x (1 + 10 ms / 10 µs)");
        assertTrue(rule.ruleSized());
        assertTrue(virtual.poolSize().isEmpty());
        assertEquals(0.505, pool.secondsPerBatch().value(), 0.02);
        assertTrue(pool.residentMiB().contains(20) || Math.abs(pool.residentMiB().value() - 20) < 0.5);
        assertEquals(2008, rule.peakThreads().value(), 1e-9);
        assertFalse(virtual.residentMiB().hasSamples(), "not measured: no figure, not 0");
        assertEquals(0.5, pool.idealSeconds(CORES), 0.01);
        assertEquals(0.05, virtual.idealSeconds(CORES), 0.001);
    }

    @Test
    void aRunWithoutWaitingWorkHasNone() {
        assertTrue(WaitingWork.of(List.of(), CORES).isEmpty());
    }
}
