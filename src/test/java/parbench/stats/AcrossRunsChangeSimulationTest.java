package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import parbench.stats.SimulatedRuns.Figures;
import parbench.stats.SimulatedRuns.Shape;

/**
 * The run-level test ({@link AcrossRunsChange}) on simulated runs with known truth
 * ({@link SimulatedRuns}): A/A comparisons of 2, 3 and 6 runs a side flag at most alpha, and a
 * strategy 10% slower on side B is found as often as the table printed says: at 3 runs a side, a
 * speedup (whose runs move 3-6%) most of the time, a time (whose runs move 8-22%) seldom.
 */
class AcrossRunsChangeSimulationTest {
    private static final double ALPHA = 0.05;
    private static final int TRIALS = 1500;
    private static final int POWER_TRIALS = 600;
    private static final int[] RUNS = {2, 3, 6};

    /**
     * Per count of runs a side: how often the test rejected, for the time and for the speedup. Each
     * trial draws 6 runs a side and compares them whole, in two disjoint halves of 3 and in three
     * thirds of 2: every comparison is a fair draw, and the small counts get more of them.
     */
    private static double[][] rejections(SplittableRandom r, Shape shape, double change, int trials) {
        double[][] rejected = new double[RUNS.length][2];
        int most = Arrays.stream(RUNS).max().orElseThrow();
        for (int t = 0; t < trials; t++) {
            Figures a = Figures.of(r, shape, most, 1);
            Figures b = Figures.of(r, shape, most, change);
            for (int i = 0; i < RUNS.length; i++) {
                int parts = most / RUNS[i];
                for (int part = 0; part < parts; part++) {
                    for (int figure = 0; figure < 2; figure++) {
                        boolean speedup = figure == 1;
                        int from = part * RUNS[i];
                        AcrossRunsChange c = AcrossRunsChange.of(Arrays.copyOfRange(a.values(speedup), from, from + RUNS[i]),
                                Arrays.copyOfRange(b.values(speedup), from, from + RUNS[i]), ALPHA);
                        rejected[i][figure] += c.significant() ? 1.0 / (trials * parts) : 0;
                    }
                }
            }
        }
        return rejected;
    }

    @Test
    void anAaComparisonOfRunsFlagsAtMostAlpha() {
        StringBuilder table = new StringBuilder("| host | runs a side | time | speedup |\n|---|---|---|---|\n");
        for (Shape shape : new Shape[] {SimulatedRuns.SMALL, SimulatedRuns.LARGE, SimulatedRuns.SMALL.withHeavyTail()}) {
            int trials = shape.heavyTail() ? TRIALS / 2 : TRIALS;
            double[][] rate = rejections(new SplittableRandom(2013 + shape.name().hashCode()), shape, 1, trials);
            for (int i = 0; i < RUNS.length; i++) {
                int comparisons = trials * (RUNS[RUNS.length - 1] / RUNS[i]);
                double limit = ALPHA + 3 * Math.sqrt(ALPHA * (1 - ALPHA) / comparisons);
                table.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% |%n", shape.name(), RUNS[i],
                        100 * rate[i][0], 100 * rate[i][1]));
                assertTrue(rate[i][0] <= limit && rate[i][1] <= limit, shape.name() + ", " + RUNS[i] + " runs a side: "
                        + Arrays.toString(rate[i]));
            }
        }
        System.out.println("A/A at the run level, alpha " + ALPHA + " (" + TRIALS + " trials of 6 runs a side, "
                + "halves and thirds of them for 3 and 2; half as many with the heavy tail):\n" + table);
    }

    @Test
    void theChanceOfFindingATenPercentChangeAtThreeRunsASide() {
        StringBuilder table = new StringBuilder("| host | runs a side | time | speedup |\n|---|---|---|---|\n");
        double[][][] power = new double[2][][];
        Shape[] shapes = {SimulatedRuns.SMALL, SimulatedRuns.LARGE};
        for (int s = 0; s < shapes.length; s++) {
            power[s] = rejections(new SplittableRandom(10 + s), shapes[s], 1.10, POWER_TRIALS);
            for (int i = 0; i < RUNS.length; i++) {
                table.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %.0f%% |%n", shapes[s].name(), RUNS[i],
                        100 * power[s][i][0], 100 * power[s][i][1]));
            }
        }
        System.out.println("Power against a strategy 10% slower, alpha " + ALPHA + " (" + POWER_TRIALS + " trials of 6 runs a side):\n" + table);
        int three = 1;
        assertTrue(power[0][three][1] > 0.5, "small drift, 3+3, speedup: " + power[0][three][1]);
        assertTrue(power[1][three][1] > 0.2 && power[1][three][1] < power[0][three][1], "large drift, 3+3, speedup: " + power[1][three][1]);
        assertTrue(power[1][three][0] < 0.3, "large drift, 3+3, time: the host's hour hides a 10% change " + power[1][three][0]);
        for (double[][] p : power) {
            assertTrue(p[2][1] > p[1][1] && p[1][1] > p[0][1], "more runs, more power: " + Arrays.deepToString(p));
        }
    }
}
