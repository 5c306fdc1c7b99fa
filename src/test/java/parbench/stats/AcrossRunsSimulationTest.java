package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import parbench.stats.SimulatedRuns.Figures;
import parbench.stats.SimulatedRuns.Shape;

/**
 * The run-level pool ({@link AcrossRuns}) on simulated runs with known truth ({@link SimulatedRuns}:
 * the block design's noise within a run, the host's hour between runs): its interval covers the
 * true figure, and its prediction interval the next run's figure, 93-97% of the time at 3, 4 and 6
 * runs, for a time and for a speedup. The alternatives, on the same runs, justify the choice: a
 * hierarchical bootstrap (runs, then forks within runs) and a random-effects model that weighs each
 * run by its own interval (DerSimonian-Laird) cover too little at 3 runs; all forks pooled as one
 * run covers far too little; the random-effects model with the Hartung-Knapp t interval covers, and
 * is no narrower. The tables are printed.
 */
class AcrossRunsSimulationTest {
    private static final int EXPERIMENTS = 2000;
    /** Pairs of runs for the calibration: the mean distance is known to a few tenths of a percent. */
    private static final int PAIRS = 500;
    /** The runs counts whose coverage is held: each experiment's runs are drawn once, and each count pools a prefix of them. */
    private static final int[] RUNS = {3, 4, 6};

    @Test
    void twoRunsOfOneJarLieApartAsTheCommittedBackToBackRunsDid() {
        for (Shape shape : new Shape[] {SimulatedRuns.SMALL, SimulatedRuns.LARGE}) {
            SplittableRandom r = new SplittableRandom(35 + shape.name().hashCode());
            double times = 0;
            double ratios = 0;
            for (int e = 0; e < PAIRS; e++) {
                Figures two = Figures.of(r, shape, 2, 1);
                times += Math.abs(Math.log(two.times()[1].value() / two.times()[0].value()));
                ratios += Math.abs(Math.log(two.speedups()[1].value() / two.speedups()[0].value()));
            }
            double t = times / PAIRS;
            double q = ratios / PAIRS;
            System.out.printf(Locale.ROOT, "%s: two runs apart by %.1f%% on a time, %.1f%% on a ratio (mean)%n", shape.name(),
                    100 * t, 100 * q);
            assertTrue(t >= 0.08 && t <= 0.22, shape.name() + ": times apart by " + t);
            assertTrue(q >= 0.03 && q <= 0.06, shape.name() + ": ratios apart by " + q);
        }
    }

    @Test
    void theIntervalCoversTheTruthAndThePredictionIntervalTheNextRunNinetyFivePercent() {
        StringBuilder table = new StringBuilder("| host | runs | time: interval | time: next run | speedup: interval | "
                + "speedup: next run |\n|---|---|---|---|---|---|\n");
        for (Shape shape : new Shape[] {SimulatedRuns.SMALL, SimulatedRuns.LARGE}) {
            double[][] c = coverage(new SplittableRandom(shape.name().hashCode()), shape, RUNS, EXPERIMENTS);
            for (int i = 0; i < RUNS.length; i++) {
                table.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", shape.name(), RUNS[i],
                        c[i][0], c[i][1], c[i][2], c[i][3]));
                for (double x : c[i]) {
                    assertTrue(x >= 0.93 && x <= 0.97, shape.name() + ", " + RUNS[i] + " runs: coverage " + Arrays.toString(c[i]));
                }
            }
        }
        System.out.println("Across-runs coverage, " + EXPERIMENTS + " experiments each:\n" + table);
    }

    /**
     * For each count k of runs: the coverage of the time's interval, of the next run's time, of the
     * speedup's interval and of the next run's speedup. Each experiment draws the most runs once;
     * k runs pool the first k and predict run k + 1 (the counts' coverages are each exact, and correlated).
     */
    private static double[][] coverage(SplittableRandom r, Shape shape, int[] counts, int experiments) {
        double[][] covered = new double[counts.length][4];
        int most = Arrays.stream(counts).max().orElseThrow();
        for (int e = 0; e < experiments; e++) {
            Figures f = Figures.of(r, shape, most + 1, 1);
            for (int i = 0; i < counts.length; i++) {
                int k = counts[i];
                AcrossRuns time = AcrossRuns.of(Arrays.copyOf(f.values(false), k));
                AcrossRuns speedup = AcrossRuns.of(Arrays.copyOf(f.values(true), k));
                covered[i][0] += time.mean().contains(SimulatedRuns.STRATEGY_TRUTH) ? 1 : 0;
                covered[i][1] += time.prediction().contains(f.times()[k].value()) ? 1 : 0;
                covered[i][2] += speedup.mean().contains(SimulatedRuns.SERIAL_TRUTH) ? 1 : 0;
                covered[i][3] += speedup.prediction().contains(f.speedups()[k].value()) ? 1 : 0;
            }
        }
        for (double[] c : covered) {
            for (int j = 0; j < c.length; j++) {
                c[j] /= experiments;
            }
        }
        return covered;
    }

    /** One run in ten three times as far off: the next run's figure is missed a little more often, not much. */
    @Test
    void aHeavyTailBetweenRunsCostsLittleCoverage() {
        Shape shape = SimulatedRuns.SMALL.withHeavyTail();
        int[] counts = {3, 6};
        double[][] c = coverage(new SplittableRandom(77), shape, counts, EXPERIMENTS / 2);
        for (int i = 0; i < counts.length; i++) {
            System.out.printf(Locale.ROOT, "%s, %d runs: coverage %s%n", shape.name(), counts[i], Arrays.toString(c[i]));
            for (double x : c[i]) {
                assertTrue(x >= 0.90, shape.name() + ", " + counts[i] + " runs: coverage " + Arrays.toString(c[i]));
            }
        }
    }

    private static final int ALTERNATIVE_EXPERIMENTS = 500;
    private static final int RESAMPLES = 100;

    /**
     * The alternatives on the same simulated runs, a time's interval at 3 and 6 runs: coverage and
     * mean log width. What decides: at 3 runs the bootstrap can draw only 10 different sets of runs
     * and takes their spread for the truth's; DerSimonian-Laird's normal quantile ignores that the
     * spread between runs is itself estimated from 3; pooling forks treats the host's hour as if it
     * were the same for every run. Hartung-Knapp's t with k - 1 degrees of freedom covers as the
     * plain t does, from every run's interval besides, for no narrower an interval.
     */
    @Test
    void theAlternativesCoverLessOrAreNoNarrower() {
        StringBuilder table = new StringBuilder("| host | runs | method | coverage | mean width (log) |\n|---|---|---|---|---|\n");
        for (Shape shape : new Shape[] {SimulatedRuns.SMALL, SimulatedRuns.LARGE}) {
            for (int k : new int[] {3, 6}) {
                SplittableRandom r = new SplittableRandom(2013L * k + shape.name().hashCode());
                double[][] result = new double[Method.values().length][2];
                for (int e = 0; e < ALTERNATIVE_EXPERIMENTS; e++) {
                    Figures f = Figures.of(r, shape, k, 1);
                    for (Method m : Method.values()) {
                        double[] ci = m.interval(f, r);
                        result[m.ordinal()][0] += ci[0] <= 0 && 0 <= ci[1] ? 1 : 0; // log of the true time, 1
                        result[m.ordinal()][1] += ci[1] - ci[0];
                    }
                }
                for (Method m : Method.values()) {
                    table.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.4f |%n", shape.name(), k, m,
                            result[m.ordinal()][0] / ALTERNATIVE_EXPERIMENTS, result[m.ordinal()][1] / ALTERNATIVE_EXPERIMENTS));
                }
                double[] cover = Arrays.stream(result).mapToDouble(x -> x[0] / ALTERNATIVE_EXPERIMENTS).toArray();
                double[] width = Arrays.stream(result).mapToDouble(x -> x[1] / ALTERNATIVE_EXPERIMENTS).toArray();
                String at = shape.name() + ", " + k + " runs: ";
                assertTrue(cover[Method.POOLED_FORKS.ordinal()] < 0.8, at + "forks pooled over runs " + cover[Method.POOLED_FORKS.ordinal()]);
                assertTrue(width[Method.HARTUNG_KNAPP.ordinal()] > 0.9 * width[Method.T_OVER_RUNS.ordinal()],
                        at + "Hartung-Knapp is narrower by a tenth: " + Arrays.toString(width));
                if (k == 3) {
                    assertTrue(cover[Method.BOOTSTRAP.ordinal()] < 0.9, at + "bootstrap " + cover[Method.BOOTSTRAP.ordinal()]);
                    assertTrue(cover[Method.DERSIMONIAN_LAIRD.ordinal()] < 0.93, at + "DerSimonian-Laird " + cover[Method.DERSIMONIAN_LAIRD.ordinal()]);
                }
            }
        }
        System.out.println("A time's interval over runs, " + ALTERNATIVE_EXPERIMENTS + " experiments each:\n" + table);
    }

    /** Ways to put an interval on log(time) over k runs. */
    private enum Method {
        T_OVER_RUNS, BOOTSTRAP, DERSIMONIAN_LAIRD, HARTUNG_KNAPP, POOLED_FORKS;

        double[] interval(Figures f, SplittableRandom r) {
            switch (this) {
                case T_OVER_RUNS: {
                    Estimate m = AcrossRuns.of(f.values(false)).mean();
                    return new double[] {Math.log(m.lo()), Math.log(m.hi())};
                }
                case BOOTSTRAP: return bootstrap(f, r);
                case POOLED_FORKS: {
                    Estimate m = Stats.medianInterpolated(Arrays.stream(f.runs()).flatMapToDouble(x -> Arrays.stream(x[1])).toArray(),
                            Stats.CONFIDENCE);
                    return new double[] {Math.log(m.lo()), Math.log(m.hi())};
                }
                default: return randomEffects(f.times(), this == HARTUNG_KNAPP);
            }
        }
    }

    /** Percentile interval of the mean log time over runs drawn with replacement, each run's forks drawn with replacement. */
    private static double[] bootstrap(Figures f, SplittableRandom r) {
        int k = f.runs().length;
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double sum = 0;
            for (int i = 0; i < k; i++) {
                double[] forks = f.runs()[r.nextInt(k)][1];
                double[] drawn = new double[forks.length];
                for (int j = 0; j < forks.length; j++) {
                    drawn[j] = forks[r.nextInt(forks.length)];
                }
                Arrays.sort(drawn);
                sum += Math.log((drawn[drawn.length / 2 - 1] + drawn[drawn.length / 2]) / 2);
            }
            means[b] = sum / k;
        }
        Arrays.sort(means);
        return new double[] {means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]};
    }

    /**
     * A random-effects pool of the runs' log estimates, each run's variance from its own 95%
     * interval: DerSimonian-Laird's between-run variance, and either the normal quantile on the
     * weighted mean's standard error or Hartung-Knapp's rescaled error with t(k - 1).
     */
    private static double[] randomEffects(Estimate[] runs, boolean hartungKnapp) {
        int k = runs.length;
        double z = 1.959963984540054;
        double[] y = new double[k];
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = Math.log(runs[i].value());
            double se = (Math.log(runs[i].hi()) - Math.log(runs[i].lo())) / (2 * z);
            v[i] = se * se;
        }
        double sw = 0, sw2 = 0, swy = 0;
        for (int i = 0; i < k; i++) {
            sw += 1 / v[i];
            sw2 += 1 / (v[i] * v[i]);
            swy += y[i] / v[i];
        }
        double fixed = swy / sw;
        double q = 0;
        for (int i = 0; i < k; i++) {
            q += (y[i] - fixed) * (y[i] - fixed) / v[i];
        }
        double tau2 = Math.max(0, (q - (k - 1)) / (sw - sw2 / sw));
        double sws = 0, swsy = 0;
        for (int i = 0; i < k; i++) {
            sws += 1 / (v[i] + tau2);
            swsy += y[i] / (v[i] + tau2);
        }
        double mu = swsy / sws;
        if (!hartungKnapp) {
            double se = Math.sqrt(1 / sws);
            return new double[] {mu - z * se, mu + z * se};
        }
        double hk = 0;
        for (int i = 0; i < k; i++) {
            hk += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
        }
        double se = Math.sqrt(hk / ((k - 1) * sws));
        double t = org.apache.commons.statistics.distribution.TDistribution.of(k - 1).inverseSurvivalProbability(0.025);
        return new double[] {mu - t * se, mu + t * se};
    }
}
