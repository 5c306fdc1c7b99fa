package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import parbench.analysis.Gate;
import parbench.stats.SimulatedRuns.Figures;
import parbench.stats.SimulatedRuns.Shape;

/**
 * compare's gate on runs a side ({@code parbench.analysis.RunsGate}: a one-sided Welch t on the
 * runs' logs per row, {@link AcrossRunsChange#pWorse}, and Holm's step-down over the rows,
 * {@link Gate#holm}) on simulated runs with known truth ({@link SimulatedRuns}): on an A/A comparison
 * of {@link #ROWS} rows it names any row at most alpha of the time, at 2, 3 and 6 runs a side, for
 * times and for speedups (whose worse direction is down), at a threshold of 0 (the hardest: the
 * truth sits on the boundary) and of 5%; and how often it names one row 20% slower among them at
 * 3 runs a side is printed. Rows are independent here; in a real run they share the host's hour,
 * which Holm's correction does not need to know.
 */
class RunsGateSimulationTest {
    private static final double ALPHA = 0.05;
    private static final int ROWS = 8;
    private static final int TRIALS = 800;
    private static final int[] RUNS = {2, 3, 6};

    /**
     * Per count of runs a side, how often the gate fired, for times [0] and speedups [1]. Each trial
     * draws 6 runs a side per row and gates them whole, in halves of 3 and in thirds of 2.
     *
     * @param slower the first row's true time on side B, as a factor (1: an A/A comparison)
     */
    private static double[][] fired(SplittableRandom r, Shape shape, double threshold, double slower, int trials) {
        double[][] rate = new double[RUNS.length][2];
        int most = Arrays.stream(RUNS).max().orElseThrow();
        for (int t = 0; t < trials; t++) {
            Figures[] a = new Figures[ROWS];
            Figures[] b = new Figures[ROWS];
            for (int row = 0; row < ROWS; row++) {
                a[row] = Figures.of(r, shape, most, 1);
                b[row] = Figures.of(r, shape, most, row == 0 ? slower : 1);
            }
            for (int i = 0; i < RUNS.length; i++) {
                int parts = most / RUNS[i];
                for (int part = 0; part < parts; part++) {
                    for (int figure = 0; figure < 2; figure++) {
                        boolean speedup = figure == 1;
                        double[] p = new double[ROWS];
                        for (int row = 0; row < ROWS; row++) {
                            int from = part * RUNS[i];
                            double x = AcrossRunsChange.pWorse(Arrays.copyOfRange(a[row].values(speedup), from, from + RUNS[i]),
                                    Arrays.copyOfRange(b[row].values(speedup), from, from + RUNS[i]), threshold, !speedup);
                            p[row] = Double.isNaN(x) ? 1 : x;
                        }
                        Arrays.sort(p);
                        rate[i][figure] += Gate.holm(p, ALPHA) > 0 ? 1.0 / (trials * parts) : 0;
                    }
                }
            }
        }
        return rate;
    }

    @Test
    void anAaComparisonOfRunsFiresAtMostAlphaOfTheTime() {
        StringBuilder table = new StringBuilder("| host | threshold | runs a side | time | speedup |\n|---|---|---|---|---|\n");
        for (Shape shape : new Shape[] {SimulatedRuns.SMALL, SimulatedRuns.LARGE}) {
            for (double threshold : new double[] {0, 0.05}) {
                double[][] rate = fired(new SplittableRandom(4100 + shape.name().hashCode() + (long) (threshold * 100)), shape,
                        threshold, 1, TRIALS);
                for (int i = 0; i < RUNS.length; i++) {
                    int comparisons = TRIALS * (RUNS[RUNS.length - 1] / RUNS[i]);
                    double limit = ALPHA + 3 * Math.sqrt(ALPHA * (1 - ALPHA) / comparisons);
                    table.append(String.format(Locale.ROOT, "| %s | %.0f%% | %d | %.1f%% | %.1f%% |%n", shape.name(), 100 * threshold,
                            RUNS[i], 100 * rate[i][0], 100 * rate[i][1]));
                    assertTrue(rate[i][0] <= limit && rate[i][1] <= limit, shape.name() + ", threshold " + threshold + ", "
                            + RUNS[i] + " runs a side: " + Arrays.toString(rate[i]));
                }
            }
        }
        System.out.println("The gate on runs, A/A, " + ROWS + " rows, alpha " + ALPHA + " over the whole comparison (" + TRIALS
                + " trials of 6 runs a side, halves and thirds of them for 3 and 2):\n" + table);
    }

    @Test
    void howOftenItNamesOneRowTwentyPercentSlowerBeyondFivePercent() {
        StringBuilder table = new StringBuilder("| host | runs a side | time | speedup |\n|---|---|---|---|\n");
        double[][][] power = new double[2][][];
        Shape[] shapes = {SimulatedRuns.SMALL, SimulatedRuns.LARGE};
        for (int s = 0; s < shapes.length; s++) {
            power[s] = fired(new SplittableRandom(4200 + s), shapes[s], 0.05, 1.2, TRIALS / 2);
            for (int i = 0; i < RUNS.length; i++) {
                table.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %.0f%% |%n", shapes[s].name(), RUNS[i],
                        100 * power[s][i][0], 100 * power[s][i][1]));
            }
        }
        System.out.println("The gate on runs against one row of " + ROWS + " 20% slower, --max-regression 5, alpha " + ALPHA
                + ":\n" + table);
        for (double[][] p : power) {
            assertTrue(p[2][1] > p[1][1] && p[1][1] > p[0][1], "more runs, more power: " + Arrays.deepToString(p));
        }
        assertTrue(power[0][1][1] > 0.5, "small drift, 3+3, speedup: " + power[0][1][1]);
    }
}
