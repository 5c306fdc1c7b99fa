package parbench.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import parbench.stats.WelchTest;

/**
 * compare's fork-level test and its gate on simulated runs with known truth, noise shaped like the
 * committed EPYC runs' (fork medians' log-sd 3-11%, median 5.6%; iterations 4%): each fork's median
 * of 4 iterations, fork noise with a heavy tail (one fork in ten three times as far off), and, for
 * whole files, the host's drift between rounds that persists (AR(1), rho 0.5, 2%), shared by every
 * row of a file as it is in an interleaved run. The tables are printed for the README.
 */
class CompareGateSimulationTest {
    private static final long SEED = 20261201L;
    private static final double ALPHA = 0.05;

    /** One file's fork medians for one row: n forks (rounds), the true log change added, and the file's drift per round (or none). */
    static double[] forkMedians(Random r, int n, double forkSd, double logChange, double[] drift) {
        double[] medians = new double[n];
        for (int f = 0; f < n; f++) {
            double fork = r.nextGaussian() * forkSd * (r.nextDouble() < 0.1 ? 3 : 1);
            double[] iterations = new double[4];
            for (int i = 0; i < iterations.length; i++) {
                iterations[i] = Math.exp(logChange + (drift == null ? 0 : drift[f]) + fork + 0.04 * r.nextGaussian());
            }
            Arrays.sort(iterations);
            medians[f] = (iterations[1] + iterations[2]) / 2;
        }
        return medians;
    }

    /** A file's drift, round by round: AR(1), rho 0.5, 2% sd. */
    static double[] drift(Random r, int rounds) {
        double[] d = new double[rounds];
        double x = r.nextGaussian() * 0.02;
        for (int f = 0; f < rounds; f++) {
            x = 0.5 * x + Math.sqrt(0.75) * 0.02 * r.nextGaussian();
            d[f] = x;
        }
        return d;
    }

    private static double rejectRate(int forks, double change, double forkSd, int trials, Random r) {
        int rejected = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = Comparison.logs(forkMedians(r, forks, forkSd, 0, null), 1);
            double[] b = Comparison.logs(forkMedians(r, forks, forkSd, Math.log1p(change), null), 1);
            rejected += WelchTest.of(a, b, ALPHA).result().significant() ? 1 : 0;
        }
        return rejected / (double) trials;
    }

    @Test
    void falseAlarmsStayAtAlphaAtTwoToEightForks() {
        Random r = new Random(SEED);
        int trials = 4000;
        double limit = ALPHA + 3 * Math.sqrt(ALPHA * (1 - ALPHA) / trials);
        StringBuilder table = new StringBuilder("| forks a side | false alarms, fork sd 3% | 5.6% | 11% |\n|---|---|---|---|\n");
        for (int forks : new int[] {2, 3, 5, 8}) {
            table.append("| ").append(forks).append(" |");
            for (double sd : new double[] {0.03, 0.056, 0.11}) {
                double rate = rejectRate(forks, 0, sd, trials, r);
                table.append(String.format(Locale.ROOT, " %.1f%% |", 100 * rate));
                assertTrue(rate <= limit, forks + " forks, sd " + sd + ": " + rate);
            }
            table.append('\n');
        }
        System.out.println("A/A, one row, alpha 0.05 (" + trials + " trials each):\n" + table);
    }

    @Test
    void aHalvingIsSeenAtTwoForksAndATenPercentChangeAtFive() {
        Random r = new Random(SEED + 1);
        int trials = 2000;
        StringBuilder table = new StringBuilder("| forks a side | 10% change | 50% change |\n|---|---|---|\n");
        double[][] power = new double[3][2];
        int[] forks = {2, 3, 5};
        for (int i = 0; i < forks.length; i++) {
            power[i][0] = rejectRate(forks[i], 0.10, 0.056, trials, r);
            power[i][1] = rejectRate(forks[i], -0.50, 0.056, trials, r);
            table.append(String.format(Locale.ROOT, "| %d | %.0f%% | %.0f%% |%n", forks[i], 100 * power[i][0], 100 * power[i][1]));
        }
        System.out.println("Power, one row, fork sd 5.6%, alpha 0.05:\n" + table);
        assertTrue(power[0][1] > 0.6, "a halving at 2 forks: " + power[0][1]);
        assertTrue(power[1][1] > 0.95, "a halving at 3 forks: " + power[1][1]);
        assertTrue(power[2][0] > 0.3, "10% at 5 forks: " + power[2][0]);
    }

    /**
     * Whole A/A file pairs of 131 rows, as in a default run, through Comparison and the Gate: every
     * row of a file shares its host's drift, and file B is 3% faster as a whole. Without normalize,
     * the drift and the shift are what the rows show; with it, at most alpha of them.
     */
    @Test
    void wholeFilesTheShiftTakenOutAndTheGate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Random r = new Random(SEED + 2);
        int pairs = 60;
        double[] flagged = new double[2];
        int[] fired = new int[3]; // A/A; A/A with normalize; one row 2x slower
        for (int t = 0; t < pairs; t++) {
            for (boolean normalize : new boolean[] {false, true}) {
                Comparison c = pair(r, dir.resolve(t + "-" + normalize), 8, -1, normalize);
                flagged[normalize ? 1 : 0] += c.matched().stream().filter(row -> row.change(1).significant()).count()
                        / (double) c.matched().size();
                fired[normalize ? 1 : 0] += Gate.of(c, 0.05).fires() ? 1 : 0;
            }
            fired[2] += Gate.of(pair(r, dir.resolve(t + "-slow"), 8, 7, false), 0.05).fires() ? 1 : 0;
        }
        double raw = flagged[0] / pairs;
        double normalized = flagged[1] / pairs;
        System.out.printf(Locale.ROOT, "A/A pairs of 131 rows, 8 forks, B 3%% faster as a whole (%d pairs): rows flagged %.1f%%, "
                + "with --normalize %.1f%%; gate at 5%% fired %d and %d times; one row 2x slower: gate fired %d of %d%n",
                pairs, 100 * raw, 100 * normalized, fired[0], fired[1], fired[2], pairs);
        assertTrue(normalized <= 0.07, "normalized A/A flags " + normalized);
        assertTrue(raw > normalized, "the shift is what the raw rows show");
        double limit = ALPHA + 3 * Math.sqrt(ALPHA * (1 - ALPHA) / pairs);
        assertTrue(fired[0] / (double) pairs <= limit && fired[1] / (double) pairs <= limit, "A/A gate fired " + fired[0]
                + ", " + fired[1]);
        assertTrue(fired[2] > pairs * 0.9, "a halving fired the gate " + fired[2] + " of " + pairs);
    }

    /** Two simulated files of 131 rows; file B 3% faster as a whole, its row slowRow 2x slower (-1: none). */
    private static Comparison pair(Random r, java.nio.file.Path dir, int forks, int slowRow, boolean normalize)
            throws java.io.IOException {
        int rows = 131;
        String[] a = new String[rows];
        String[] b = new String[rows];
        double[] driftA = drift(r, forks);
        double[] driftB = drift(r, forks);
        for (int i = 0; i < rows; i++) {
            double sd = 0.03 + 0.08 * r.nextDouble();
            String params = parbench.JmhRows.params("n", 1000 + i, "cores");
            a[i] = parbench.JmhRows.row("FixedPoolBench", "rangeSum", 1, params, forkMedians(r, forks, sd, 0, driftA));
            b[i] = parbench.JmhRows.row("FixedPoolBench", "rangeSum", 1, params, forkMedians(r, forks, sd,
                    Math.log(0.97) + (i == slowRow ? Math.log(2) : 0), driftB));
        }
        java.nio.file.Path fa = parbench.JmhRows.write(dir.resolve("a.json"), a);
        java.nio.file.Path fb = parbench.JmhRows.write(dir.resolve("b.json"), b);
        return new Comparison(java.util.List.of(
                new Comparison.Input("a", fa.toString(), parbench.jmhfmt.JmhResultFile.read(fa), null),
                new Comparison.Input("b", fb.toString(), parbench.jmhfmt.JmhResultFile.read(fb), null)), ALPHA, normalize);
    }
}
