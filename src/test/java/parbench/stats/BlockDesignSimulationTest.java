package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
 * shuffled round of everything). Forks of one block round then correlate about 0.3, as on the
 * committed runs (0.1-0.6); pairing them with the signed-rank interval the suite uses covers the
 * truth and is narrower than the unpaired Hodges-Lehmann ratio, as CommittedRunsPairingTest finds
 * on the runs themselves; the median of the rounds' ratios (the suite's pairing until 2026-12-03)
 * was not.
 */
class BlockDesignSimulationTest {
    private static final int EXPERIMENTS = 2000;
    private static final int ITERATIONS = 3;
    private static final int WARMUP = 3;
    static final double ROUND_SD = 0.015;
    /** The host's drift on the Intel Xeon runs (20261202-195542), where forks of one block round correlate 0.58. */
    static final double INTEL_ROUND_SD = 0.05;
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
        return pair(r, rounds, truthA, truthB, blocks, ROUND_SD);
    }

    private static double[][] pair(SplittableRandom r, int rounds, double truthA, double truthB, boolean blocks, double roundSd) {
        double[][] ab = new double[2][rounds];
        double drift = 0;
        for (int k = 0; k < rounds; k++) {
            drift = RHO * drift + Math.sqrt(1 - RHO * RHO) * roundSd * gaussian(r);
            double apart = blocks ? NEIGHBOURS : 1;
            double shared = roundSd * Math.sqrt(1 - apart) * gaussian(r);
            ab[0][k] = fork(r, truthA, drift, shared + roundSd * Math.sqrt(apart) * gaussian(r), false);
            ab[1][k] = fork(r, truthB, drift, shared + roundSd * Math.sqrt(apart) * gaussian(r), true);
        }
        return ab;
    }

    private static double gaussian(SplittableRandom r) {
        return ForkLevelSimulationTest.gaussian(r);
    }

    @Test
    void pairedRatiosOfABlockCoverTheTruthAndAreNarrowerThanUnpairedOnes() {
        for (double roundSd : new double[] {ROUND_SD, INTEL_ROUND_SD}) {
          for (int rounds : new int[] {6, 8, 10, 15, 30}) {
            SplittableRandom r = new SplittableRandom(17 + rounds);
            int covered = 0;
            int unpairedCovered = 0;
            double paired = 0;
            double unpaired = 0;
            double oldDesign = 0;
            for (int e = 0; e < EXPERIMENTS; e++) {
                double[][] ab = pair(r, rounds, 2.0, 1.0, true, roundSd);
                Estimate ratio = Stats.pairedRatio(ab[0], ab[1]);
                covered += ratio.contains(2.0) ? 1 : 0;
                paired += Math.log(ratio.hi() / ratio.lo());
                Estimate u = Stats.ratioInterval(ab[1], ab[0], Stats.CONFIDENCE);
                unpairedCovered += u.contains(2.0) ? 1 : 0;
                unpaired += Math.log(u.hi() / u.lo());
                double[][] old = pair(r, rounds, 2.0, 1.0, false, roundSd);
                Estimate o = Stats.pairedRatio(old[0], old[1]);
                oldDesign += Math.log(o.hi() / o.lo());
            }
            double coverage = (double) covered / EXPERIMENTS;
            double unpairedCoverage = (double) unpairedCovered / EXPERIMENTS;
            System.out.printf("blocks, drift %.3f, %d rounds: coverage paired %.3f, unpaired %.3f; mean width (log) paired %.4f, "
                    + "unpaired %.4f, paired a half round apart %.4f%n", roundSd, rounds, coverage, unpairedCoverage,
                    paired / EXPERIMENTS, unpaired / EXPERIMENTS, oldDesign / EXPERIMENTS);
            assertTrue(unpairedCoverage >= 0.93, rounds + " rounds: unpaired coverage " + unpairedCoverage);
            if (rounds >= Stats.FEWEST_PAIRS) {
                // fewer pairs give the signed-rank interval too few levels to choose from: 24% wider than unpaired at 6 rounds
                String shape = rounds + " rounds, drift " + roundSd + ": ";
                assertTrue(coverage >= 0.93 && coverage <= 0.97, shape + "paired coverage " + coverage);
                assertTrue(paired < (roundSd == ROUND_SD ? 0.97 : 0.85) * unpaired, shape + "pairing a block's forks narrows the interval");
                assertTrue(paired < oldDesign, shape + "neighbours pair better than forks a half round apart");
            }
          }
        }
    }

    /** A block of configurations over rounds: serial (truth 2) first, then strategies (truth 1), sharing each round's drift. */
    static double[][] block(SplittableRandom r, int rounds, int configurations, double roundSd) {
        return block(r, rounds, configurations, roundSd, true);
    }

    /** As above; where serial does not share, the round's drift reaches the strategies alone. */
    private static double[][] block(SplittableRandom r, int rounds, int configurations, double roundSd, boolean serialShares) {
        double[][] t = new double[configurations][rounds];
        double drift = 0;
        for (int k = 0; k < rounds; k++) {
            drift = RHO * drift + Math.sqrt(1 - RHO * RHO) * roundSd * gaussian(r);
            double shared = roundSd * Math.sqrt(1 - NEIGHBOURS) * gaussian(r);
            for (int c = 0; c < configurations; c++) {
                double reaches = c > 0 || serialShares ? 1 : 0;
                t[c][k] = fork(r, c == 0 ? 2.0 : 1.0, reaches * drift, reaches * (shared + roundSd * Math.sqrt(NEIGHBOURS) * gaussian(r)), c > 0);
            }
        }
        return t;
    }

    /** How the suite chooses for this block: serial's ratios to each strategy, paired by round and unpaired. */
    private static PairingChoice choice(double[][] t) {
        List<double[][]> ratios = new ArrayList<>();
        for (int c = 1; c < t.length; c++) {
            ratios.add(new double[][] {t[0], t[c]});
        }
        return PairingChoice.of(ratios, ratios);
    }

    /**
     * The choice itself, on blocks of 9 configurations: where the host's drift is shared (the Intel
     * shape) it pairs and keeps pairing's narrowing; where nothing is shared (no drift between rounds,
     * as on 20261203-074045 between serial and the strategies) it mostly does not, and costs no
     * coverage. Drift that persists over rounds and hits one side alone is beyond any interval over
     * forks (that side's forks are no longer independent): {@link #driftOnOneSideAloneIsBeyondForkIntervals}.
     */
    @Test
    void aBlockPairsWherePairingNarrowsItsRatiosAndCoversEitherWay() {
        for (double roundSd : new double[] {0, INTEL_ROUND_SD}) {
            for (int rounds : new int[] {Stats.FEWEST_PAIRS, 20}) {
                SplittableRandom r = new SplittableRandom(31 + rounds);
                int covered = 0;
                int narrowerCovered = 0;
                int pairedBlocks = 0;
                double chosen = 0;
                double unpaired = 0;
                for (int e = 0; e < EXPERIMENTS / 2; e++) {
                    double[][] t = block(r, rounds, 9, roundSd);
                    PairingChoice c = choice(t);
                    boolean paired = c.paired();
                    Estimate u = Stats.ratioInterval(t[1], t[0], Stats.CONFIDENCE);
                    Estimate ratio = paired ? Stats.pairedRatio(t[0], t[1]) : u;
                    covered += ratio.contains(2.0) ? 1 : 0;
                    // without the tenth: whichever came out narrower on the whole
                    narrowerCovered += (c.pairedWidth() < c.unpairedWidth() ? Stats.pairedRatio(t[0], t[1]) : u).contains(2.0) ? 1 : 0;
                    chosen += Math.log(ratio.hi() / ratio.lo());
                    unpaired += Math.log(u.hi() / u.lo());
                    pairedBlocks += paired ? 1 : 0;
                }
                double coverage = covered / (EXPERIMENTS / 2.0);
                double pairedShare = pairedBlocks / (EXPERIMENTS / 2.0);
                String shape = rounds + " rounds, drift " + roundSd + ": ";
                double narrowerCoverage = narrowerCovered / (EXPERIMENTS / 2.0);
                System.out.printf("block of 9, %s coverage %.3f (%.3f choosing the narrower), paired in %.2f of blocks, "
                        + "mean width chosen %.4f, unpaired %.4f%n", shape, coverage, narrowerCoverage, pairedShare,
                        chosen / (EXPERIMENTS / 2.0), unpaired / (EXPERIMENTS / 2.0));
                assertTrue(coverage >= 0.93 && coverage <= 0.97, shape + "coverage " + coverage);
                if (roundSd > 0) {
                    assertTrue(pairedShare > 0.75 && chosen < 0.85 * unpaired, shape + "shared drift is paired away");
                } else {
                    assertTrue(pairedShare < 0.3 && chosen < 1.02 * unpaired, shape + "nothing shared, nothing lost");
                    assertTrue(narrowerCoverage <= coverage, shape + "the tenth keeps coverage that choosing the narrower loses");
                }
            }
        }
    }

    /**
     * A known limit, kept as a test so that the README's words about it stay true: where the round's
     * drift reaches the strategies and not serial, paired and unpaired intervals alike cover well
     * under 95%, since forks a round apart then share the drift that persists.
     */
    @Test
    void driftOnOneSideAloneIsBeyondForkIntervals() {
        SplittableRandom r = new SplittableRandom(77);
        int paired = 0;
        int unpaired = 0;
        for (int e = 0; e < EXPERIMENTS / 2; e++) {
            double[][] t = block(r, 20, 2, INTEL_ROUND_SD, false);
            paired += Stats.pairedRatio(t[0], t[1]).contains(2.0) ? 1 : 0;
            unpaired += Stats.ratioInterval(t[1], t[0], Stats.CONFIDENCE).contains(2.0) ? 1 : 0;
        }
        double p = paired / (EXPERIMENTS / 2.0);
        double u = unpaired / (EXPERIMENTS / 2.0);
        System.out.printf("drift on one side alone, 20 rounds: coverage paired %.3f, unpaired %.3f%n", p, u);
        assertTrue(p < 0.9 && u < 0.9, "coverage paired " + p + ", unpaired " + u);
    }

    @Test
    void anAaPairInOneBlockExcludesOneAboutAlphaOfTheTime() {
        for (int rounds : new int[] {Stats.FEWEST_PAIRS, 20}) {
            SplittableRandom r = new SplittableRandom(2013 + rounds);
            int alarms = 0;
            int unpairedAlarms = 0;
            for (int e = 0; e < EXPERIMENTS; e++) {
                double[][] ab = pair(r, rounds, 1.0, 1.0, true);
                alarms += Stats.pairedRatio(ab[0], ab[1]).contains(1.0) ? 0 : 1;
                unpairedAlarms += Stats.ratioInterval(ab[1], ab[0], Stats.CONFIDENCE).contains(1.0) ? 0 : 1;
            }
            double rate = (double) alarms / EXPERIMENTS;
            double unpairedRate = (double) unpairedAlarms / EXPERIMENTS;
            System.out.printf("A/A in one block, %d rounds: interval excludes 1 in %.3f paired, %.3f unpaired%n", rounds,
                    rate, unpairedRate);
            assertTrue(rate <= 0.06, rounds + " rounds: paired false alarms " + rate);
            assertTrue(unpairedRate <= 0.06, rounds + " rounds: unpaired false alarms " + unpairedRate);
        }
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
                Estimate[] speedups = new Estimate[sizes.length];
                double[][] serial = new double[sizes.length][];
                double[][] pool = new double[sizes.length][];
                for (int i = 0; i < sizes.length; i++) {
                    double[][] ab = pair(r, 6, a0 + b0 * sizes[i], a + b * sizes[i], true);
                    serial[i] = ab[0];
                    pool[i] = ab[1];
                    speedups[i] = Stats.ratioInterval(ab[1], ab[0], Stats.CONFIDENCE); // 6 rounds: unpaired, as the suite has them
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
