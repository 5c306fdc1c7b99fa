package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The block design checked on simulated runs with known truth (seeded, no timing), with noise shaped
 * like the committed runs' (results/amd-epyc-2cpu/20261202-021540 and -023045): the host drifts
 * from one round to the next and the drift persists (AR(1), rho 0.5, sd 1.5%); within a round it
 * keeps moving, so forks a block apart share a fifth of a round's drift and forks a half round apart
 * none of it; every fork has its own JVM-to-JVM offset (sd 3%, shared by nobody: the strategies'
 * fork medians spread 2-6% there, serial's 1-3%); each iteration its own noise (sd 3%, within the
 * measured 1-6%); and one side warms up (10% slower in its first iteration, decaying by e each
 * iteration: the 3 warm-up iterations take most of it, 0.5% is left when measuring starts). A
 * ratio's forks are either neighbours (a block) or a random half round apart (the old design, one
 * shuffled round of everything). As on the committed runs, where a block's forks correlate 0.2-0.5,
 * pairing them by round gives no narrower interval than the unpaired Hodges-Lehmann ratio the suite
 * uses (CommittedRunsPairingTest checks the runs themselves).
 */
class BlockDesignSimulationTest {
    private static final int EXPERIMENTS = 2000;
    private static final int ITERATIONS = 3;
    private static final int WARMUP = 3;
    private static final double ROUND_SD = 0.015;
    private static final double RHO = 0.5;
    private static final double FORK_SD = 0.03;
    private static final double ITERATION_SD = 0.03;
    /** Drift between two forks of one block that is not shared, as a share of a whole round's. */
    private static final double NEIGHBOURS = 0.8;

    /** One fork's median: the round's drift, the drift since the block began (shared or not), its own offset, iterations. */
    private static double fork(SplittableRandom r, double truth, double roundDrift, double withinRound, boolean warms) {
        double[] it = new double[ITERATIONS];
        double fork = roundDrift + withinRound + FORK_SD * gaussian(r);
        for (int i = 0; i < ITERATIONS; i++) {
            double warm = warms ? 0.10 * Math.exp(-(WARMUP + i)) : 0;
            it[i] = truth * Math.exp(fork + ITERATION_SD * gaussian(r)) * (1 + warm);
        }
        return Stats.median(it).value();
    }

    /** Paired forks of two configurations whose true ratio is truthA / truthB, over rounds. */
    private static double[][] pair(SplittableRandom r, int rounds, double truthA, double truthB, boolean blocks) {
        double[][] ab = new double[2][rounds];
        double drift = 0;
        for (int k = 0; k < rounds; k++) {
            drift = RHO * drift + Math.sqrt(1 - RHO * RHO) * ROUND_SD * gaussian(r);
            double apart = blocks ? NEIGHBOURS : 1;
            double shared = ROUND_SD * Math.sqrt(1 - apart) * gaussian(r);
            ab[0][k] = fork(r, truthA, drift, shared + ROUND_SD * Math.sqrt(apart) * gaussian(r), false);
            ab[1][k] = fork(r, truthB, drift, shared + ROUND_SD * Math.sqrt(apart) * gaussian(r), true);
        }
        return ab;
    }

    private static double gaussian(SplittableRandom r) {
        return ForkLevelSimulationTest.gaussian(r);
    }

    @Test
    void ratiosOfABlockCoverTheTruthAndPairingThemBuysNothing() {
        for (int rounds : new int[] {6, 20}) {
            SplittableRandom r = new SplittableRandom(17 + rounds);
            int covered = 0;
            double paired = 0;
            double unpaired = 0;
            double oldDesign = 0;
            for (int e = 0; e < EXPERIMENTS; e++) {
                double[][] ab = pair(r, rounds, 2.0, 1.0, true);
                Estimate ratio = Stats.pairedRatio(ab[0], ab[1]);
                paired += Math.log(ratio.hi() / ratio.lo());
                Estimate u = Stats.ratioInterval(ab[1], ab[0], Stats.CONFIDENCE);
                covered += u.contains(2.0) ? 1 : 0;
                unpaired += Math.log(u.hi() / u.lo());
                double[][] old = pair(r, rounds, 2.0, 1.0, false);
                Estimate o = Stats.pairedRatio(old[0], old[1]);
                oldDesign += Math.log(o.hi() / o.lo());
            }
            double coverage = (double) covered / EXPERIMENTS;
            System.out.printf("blocks, %d rounds: unpaired Hodges-Lehmann coverage %.3f; mean width (log) paired %.4f, "
                    + "unpaired %.4f, paired a half round apart %.4f%n", rounds, coverage, paired / EXPERIMENTS,
                    unpaired / EXPERIMENTS, oldDesign / EXPERIMENTS);
            assertTrue(coverage >= 0.93 && coverage <= 0.97, rounds + " rounds: coverage " + coverage);
            assertTrue(paired > 0.95 * unpaired, "at the committed runs' correlation, pairing does not narrow the interval");
        }
    }

    @Test
    void anAaPairInOneBlockExcludesOneAboutAlphaOfTheTime() {
        SplittableRandom r = new SplittableRandom(2013);
        int alarms = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            double[][] ab = pair(r, 6, 1.0, 1.0, true);
            alarms += Stats.ratioInterval(ab[1], ab[0], Stats.CONFIDENCE).contains(1.0) ? 0 : 1;
        }
        double rate = (double) alarms / EXPERIMENTS;
        System.out.printf("A/A in one block, 6 rounds: interval excludes 1 in %.3f%n", rate);
        assertTrue(rate <= 0.06, "false alarms " + rate);
    }

    @Test
    void aBreakEvenIntervalCoversTheTrueCrossing() {
        // serial 0.1 µs + 0.35 ns/element, the pool 30 µs + 0.18 ns: they meet at n* = 29.9 µs / 0.17 ns = 176,000
        double a0 = 0.1e-6;
        double b0 = 0.35e-9;
        double a = 30e-6;
        double b = 0.18e-9;
        double truth = (a - a0) / (b0 - b);
        double[] decades = {1_000, 10_000, 100_000, 1_000_000, 10_000_000};
        double[] refined = {1_000, 10_000, 100_000, 140_000, 180_000, 240_000, 320_000, 1_000_000, 10_000_000};
        for (double[] sizes : new double[][] {decades, refined}) {
            SplittableRandom r = new SplittableRandom(sizes.length);
            int covered = 0;
            double width = 0;
            for (int e = 0; e < EXPERIMENTS / 4; e++) {
                double[] speedups = new double[sizes.length];
                double[][] serial = new double[sizes.length][];
                double[][] pool = new double[sizes.length][];
                for (int i = 0; i < sizes.length; i++) {
                    double[][] ab = pair(r, 6, a0 + b0 * sizes[i], a + b * sizes[i], true);
                    serial[i] = ab[0];
                    pool[i] = ab[1];
                    speedups[i] = Stats.pairedRatio(ab[0], ab[1]).value();
                }
                Estimate n = CurveCrossing.of(sizes, speedups, serial, pool);
                covered += n.contains(truth) ? 1 : 0;
                width += Math.log(n.hi() / n.lo());
            }
            double coverage = covered / (EXPERIMENTS / 4.0);
            System.out.printf("break-even over %d sizes, 6 rounds: coverage %.3f, mean bracket %.2fx%n", sizes.length,
                    coverage, Math.exp(width / (EXPERIMENTS / 4.0)));
            assertTrue(coverage >= 0.93 && coverage <= 0.97, sizes.length + " sizes: coverage " + coverage);
        }
    }
}
