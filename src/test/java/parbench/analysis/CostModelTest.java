package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.JmhRows;
import parbench.catalog.Bench;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * The cost model on simulated sweeps with known a, b and n* (seeded): per-round drift shared by every
 * configuration of a round (sd 3%) and per-fork noise (sd 2%), as on a shared host.
 */
class CostModelTest {
    private static final long[] SIZES = {1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000,
            50_000_000, 100_000_000};
    private static final int ROUNDS = 8;
    // seconds and seconds per element, as on the machine: a serial add is 0.28 ns, a pool hand-off a few µs
    private static final double SERIAL_A = 50e-9, SERIAL_B = 0.28e-9;
    private static final double POOL_A = 3e-6, POOL_B = 0.15e-9;
    private static final double COLD_A = 62e-3, COLD_B = 0.15e-9;

    @TempDir
    Path dir;

    private Figures simulate(Random random, String file) throws Exception {
        double[] drift = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            drift[r] = 1 + 0.03 * random.nextGaussian();
        }
        List<String> rows = new ArrayList<>();
        for (long n : SIZES) {
            rows.add(row(random, drift, "SerialBench", null, n, SERIAL_A, SERIAL_B));
            rows.add(row(random, drift, "FixedPoolBench", "cores", n, POOL_A, POOL_B));
            rows.add(row(random, drift, "ColdProcessesBench", "cores", n, COLD_A, COLD_B));
            rows.add(row(random, drift, "ManualThreadsBench", "cores", n, POOL_A, SERIAL_B * 1.2));
        }
        return Figures.of(SuiteRun.of(JmhRows.read(dir.resolve(file), rows.toArray(String[]::new)), 2, ForkRounds.NONE));
    }

    private static String row(Random random, double[] drift, String bench, String workers, long n, double a, double b) {
        double[] forks = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            forks[r] = (a + b * n) * drift[r] * (1 + 0.02 * random.nextGaussian()) * 1e3;
        }
        return JmhRows.row(bench, "rangeSum", 1, JmhRows.params("n", n, workers), forks);
    }

    @Test
    void recoversPerCallPerElementAndBreakEvenWithinTheirIntervals() throws Exception {
        Random random = new Random(20261123);
        int experiments = 100, coverA = 0, coverB = 0, coverN = 0, withinTwo = 0, coverCrossing = 0, crossingWithinTwo = 0;
        double trueBreakEven = (POOL_A - SERIAL_A) / (SERIAL_B - POOL_B);
        for (int e = 0; e < experiments; e++) {
            Figures run = simulate(random, "run" + e);
            CostModel pool = CostModel.of(run, Workload.RANGE_SUM, Series.of(Bench.FIXED_POOL), "cores").orElseThrow();
            coverA += pool.perCall().contains(POOL_A) ? 1 : 0;
            coverB += pool.perElement().contains(POOL_B) ? 1 : 0;
            Estimate n = pool.breakEven();
            coverN += n.contains(trueBreakEven) ? 1 : 0;
            withinTwo += n.hi() / n.lo() <= 2 ? 1 : 0;
            Estimate crossing = pool.crossing();
            coverCrossing += crossing.contains(trueBreakEven) ? 1 : 0;
            crossingWithinTwo += crossing.hi() / crossing.lo() <= 2 ? 1 : 0;
        }
        System.out.printf("cost model, %d simulated sweeps: a covered %d, b %d, n* %d; n* interval within a factor 2: %d; "
                + "measured crossing covers n* %d, within a factor 2 %d%n", experiments, coverA, coverB, coverN, withinTwo,
                coverCrossing, crossingWithinTwo);
        // nominal 95%; a median over 8 rounds with interpolated order statistics lands near it
        assertTrue(coverA >= 85 && coverB >= 85 && coverN >= 85, coverA + " " + coverB + " " + coverN);
        assertEquals(experiments, withinTwo, "with 8 rounds and 2% noise, n* is known within a factor of 2");
        // interpolating between sizes a factor 3 apart bends the crossing a little: looser, but still near nominal
        assertTrue(coverCrossing >= 80 && crossingWithinTwo == experiments, coverCrossing + " " + crossingWithinTwo);
    }

    @Test
    void saysWhereThereIsNoBreakEvenInTheSizesMeasured() throws Exception {
        Figures run = simulate(new Random(7), "run");
        CostModel cold = CostModel.of(run, Workload.RANGE_SUM, Series.of(Bench.COLD_PROCESSES), "cores").orElseThrow();
        // true n* = 62 ms / 0.13 ns = 4.8e8, beyond the largest size
        assertFalse(cold.never());
        assertTrue(cold.breakEven().lo() > SIZES[SIZES.length - 1], cold.breakEven().toString());
        CostModel manual = CostModel.of(run, Workload.RANGE_SUM, Series.of(Bench.MANUAL_THREADS), "cores").orElseThrow();
        assertTrue(manual.never(), "a slope no better than serial's never catches up: " + manual.inverseBreakEven());
    }

    @Test
    void predictsTheSpeedupItWasFittedTo() throws Exception {
        Figures run = simulate(new Random(11), "run");
        CostModel.Baseline serial = CostModel.baseline(run.suite(), Workload.RANGE_SUM).orElseThrow();
        CostModel pool = CostModel.of(run, Workload.RANGE_SUM, Series.of(Bench.FIXED_POOL), "cores").orElseThrow();
        List<CostModel.Check> checks = pool.checks(run, serial);
        assertEquals(SIZES.length, checks.size());
        assertTrue(checks.stream().noneMatch(CostModel.Check::misfit), "a true line is no misfit anywhere");
        assertEquals(SERIAL_B, serial.perElement().value(), SERIAL_B * 0.05);
    }
}
