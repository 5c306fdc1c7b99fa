package parbench.stats;

/**
 * Several runs a side compared at the run level: each run's estimate of a figure is one sample,
 * and Welch's t on their logs ({@link WelchTest}) tests whether the sides differ, with the ratio of
 * their geometric means and the interval that goes with the test. Runs, not forks, are the samples:
 * two runs of one jar differ by the host's hour, more than their forks' intervals allow, which no
 * comparison of forks of one run against forks of another can tell from a change.
 *
 * <p>Why Welch's t, not an exact permutation test: a permutation (or rank) test of 3 runs against 3
 * has 20 arrangements, so its smallest two-sided p is 2/20 = 0.1, and at alpha 0.05 it can never
 * reject; it needs {@link UTest#samplesNeeded} runs a side (4 at 0.05, 5 at 0.01). Welch's t can
 * reject from 2 runs a side, and on simulated runs it held its false alarms at alpha
 * (AcrossRunsSimulationTest). One run a side has no spread between runs to test against: no test.
 *
 * @param ratio the other side's geometric mean / the base side's, with the interval at 1 - alpha
 *              that excludes 1 exactly where the test rejects (n = the fewer runs of the two sides)
 * @param test  p, the runs a side, alpha, and whether these sides can reject at all
 */
public record AcrossRunsChange(Estimate ratio, TestResult test) {

    /**
     * The fewest runs a side with which this test can reject, at any alpha: t's p has no floor once
     * each side has a spread, where a permutation test's is 2 / C(n1 + n2, n1).
     */
    public static final int FEWEST_RUNS = 2;

    /**
     * @param base  each base run's estimate (positive)
     * @param other each other run's estimate (positive)
     */
    public static AcrossRunsChange of(double[] base, double[] other, double alpha) {
        boolean can = base.length >= FEWEST_RUNS && other.length >= FEWEST_RUNS && positive(base) && positive(other);
        if (!can) {
            double ratio = base.length > 0 && other.length > 0 ? Stats.geomean(other) / Stats.geomean(base) : Double.NaN;
            return new AcrossRunsChange(new Estimate(ratio, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Math.min(base.length, other.length), 1 - alpha), new TestResult(TestResult.Method.WELCH_LOG_RUNS,
                    Double.NaN, base.length, other.length, alpha, false));
        }
        WelchTest t = WelchTest.of(logs(base), logs(other), alpha);
        double[] ci = t.interval(1 - alpha);
        return new AcrossRunsChange(new Estimate(Math.exp(t.difference()), Math.exp(ci[0]), Math.exp(ci[1]),
                Math.min(base.length, other.length), 1 - alpha),
                new TestResult(TestResult.Method.WELCH_LOG_RUNS, t.p(), base.length, other.length, alpha, true));
    }

    /**
     * One-sided p of "worse by at most threshold" over the runs' logs, for a gate: small where the
     * other side is worse than the base by more than threshold (a time up by more than it, or a
     * throughput down to less than 1 / (1 + threshold)). NaN where a side has fewer than
     * {@link #FEWEST_RUNS} runs or a run has no positive estimate.
     *
     * @param threshold   as a fraction (0.05 for 5%)
     * @param lowerBetter the figure is a time (up is worse), not a throughput or a speedup (down is worse)
     */
    public static double pWorse(double[] base, double[] other, double threshold, boolean lowerBetter) {
        if (base.length < FEWEST_RUNS || other.length < FEWEST_RUNS || !positive(base) || !positive(other)) {
            return Double.NaN;
        }
        double limit = Math.log1p(threshold);
        return lowerBetter ? WelchTest.pGreater(logs(base), logs(other), limit) : WelchTest.pGreater(logs(other), logs(base), limit);
    }

    /** A side has too few runs for this test to reject at its alpha. */
    public boolean tooFewRuns() {
        return !test.canDetect();
    }

    public boolean significant() {
        return test.significant();
    }

    private static boolean positive(double[] x) {
        for (double v : x) {
            if (!(v > 0) || !Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double[] logs(double[] x) {
        return java.util.Arrays.stream(x).map(Math::log).toArray();
    }
}
