package parbench.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * One figure pooled over several runs with the run as the top level (Kalibera and Jones, ISMM 2013:
 * runs, then forks within runs): each run gives its own estimate (a time's median over forks, a
 * ratio's Hodges-Lehmann estimate), and the runs' estimates are the samples. On the log scale, as
 * times and ratios vary by a factor: the geometric mean, a t interval with k - 1 degrees of freedom,
 * and the prediction interval for the next run's estimate, mean ± t(k - 1) s sqrt(1 + 1/k).
 *
 * <p>A run's estimate carries both the host's hour (between runs) and the run's own fork noise, so
 * the spread of k estimates measures both without knowing how they split. On simulated runs
 * (AcrossRunsSimulationTest) a hierarchical bootstrap (runs, then forks within runs) and a
 * random-effects model weighing each run by its own interval (DerSimonian-Laird) covered well
 * under 95% at 3 runs, where this covers 95%; the random-effects model with Hartung-Knapp's t
 * covered as this does, for no narrower an interval, and needs every run's interval besides.
 *
 * @param mean       the geometric mean of the runs' estimates with its confidence interval (n = runs)
 * @param prediction where the next run's estimate falls with this confidence: the same centre, a wider interval
 * @param df         degrees of freedom of the t quantile: runs - 1 (0 for a single run, without intervals)
 * @param logSd      the runs' estimates' standard deviation on the log scale (NaN below two runs)
 */
public record AcrossRuns(Estimate mean, Estimate prediction, int df, double logSd) {

    /** At the suite's confidence. */
    public static AcrossRuns of(double[] runEstimates) {
        return of(runEstimates, Stats.CONFIDENCE);
    }

    /**
     * @param runEstimates one positive estimate per run; a run without one (NaN, zero or below) makes
     *                     the pool an estimate of nothing, as a figure must come from every run pooled
     */
    public static AcrossRuns of(double[] runEstimates, double confidence) {
        int k = runEstimates.length;
        for (double x : runEstimates) {
            if (!(x > 0) || !Double.isFinite(x)) {
                return new AcrossRuns(Estimate.none(confidence), Estimate.none(confidence), Math.max(k - 1, 0), Double.NaN);
            }
        }
        if (k == 0) {
            return new AcrossRuns(Estimate.none(confidence), Estimate.none(confidence), 0, Double.NaN);
        }
        double[] logs = new double[k];
        for (int i = 0; i < k; i++) {
            logs[i] = Math.log(runEstimates[i]);
        }
        double mean = WelchTest.mean(logs);
        if (k == 1) {
            Estimate one = new Estimate(runEstimates[0], Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, confidence);
            return new AcrossRuns(one, one, 0, Double.NaN);
        }
        double sd = Math.sqrt(WelchTest.variance(logs));
        if (sd == 0) { // every run gave the same figure: that figure, exactly (exp(log x) need not be x)
            Estimate same = new Estimate(runEstimates[0], runEstimates[0], runEstimates[0], k, confidence);
            return new AcrossRuns(same, same, k - 1, 0);
        }
        double t = TDistribution.of(k - 1).inverseSurvivalProbability((1 - confidence) / 2);
        return new AcrossRuns(interval(mean, t * sd / Math.sqrt(k), k, confidence),
                interval(mean, t * sd * Math.sqrt(1 + 1.0 / k), k, confidence), k - 1, sd);
    }

    private static Estimate interval(double logMean, double halfWidth, int runs, double confidence) {
        return new Estimate(Math.exp(logMean), Math.exp(logMean - halfWidth), Math.exp(logMean + halfWidth), runs, confidence);
    }

    /** Where a run's estimate falls against the prediction interval. */
    public enum Position { BELOW, INSIDE, ABOVE, UNKNOWN }

    /** Where the next run's estimate x falls: UNKNOWN where there is no prediction interval (fewer than two runs) or no x. */
    public Position where(double x) {
        if (!prediction.known() || !(x > 0)) {
            return Position.UNKNOWN;
        }
        return x < prediction.lo() ? Position.BELOW : x > prediction.hi() ? Position.ABOVE : Position.INSIDE;
    }

    public int runs() {
        return mean.n();
    }
}
