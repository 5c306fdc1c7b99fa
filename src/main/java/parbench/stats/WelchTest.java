package parbench.stats;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.TTest;

/**
 * Welch's t test of two samples' means where the variances may differ (the Welch-Satterthwaite
 * degrees of freedom), with the interval that goes with it, so that it excludes the hypothesised
 * difference exactly where the test rejects it. Used on the logs of fork medians: the fork is the
 * unit of replication, a log turns a ratio into a difference, and a t test, unlike a rank test,
 * can reject with two forks a side (a U test's p can never go below 1/3 there). Apache Commons
 * Statistics computes p.
 *
 * @param difference    mean(b) - mean(a)
 * @param standardError of that difference
 * @param df            Welch-Satterthwaite degrees of freedom
 */
public record WelchTest(double difference, double standardError, double df, double p, int n1, int n2, double alpha) {

    /** @param a baseline, @param b the other sample; p is two-sided, of H0: mean(b) - mean(a) = shift */
    public static WelchTest of(double[] a, double[] b, double alpha) {
        if (a.length < 2 || b.length < 2) {
            return new WelchTest(Double.NaN, Double.NaN, Double.NaN, Double.NaN, a.length, b.length, alpha);
        }
        double diff = mean(b) - mean(a);
        double va = variance(a) / a.length;
        double vb = variance(b) / b.length;
        double se = Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double p = se > 0 ? TTest.withDefaults().test(b, a).getPValue() : diff == 0 ? 1 : 0;
        return new WelchTest(diff, se, df, p, a.length, b.length, alpha);
    }

    /** One-sided p of H0: mean(b) - mean(a) <= threshold, against "greater": small where b exceeds a by more. */
    public static double pGreater(double[] a, double[] b, double threshold) {
        if (a.length < 2 || b.length < 2) {
            return Double.NaN;
        }
        double se = Math.sqrt(variance(a) / a.length + variance(b) / b.length);
        if (se == 0) {
            return mean(b) - mean(a) > threshold ? 0 : 1;
        }
        return TTest.withDefaults().with(AlternativeHypothesis.GREATER_THAN).withMu(threshold).test(b, a).getPValue();
    }

    public TestResult result() {
        return new TestResult(TestResult.Method.WELCH_LOG_FORKS, p, n1, n2, alpha, n1 >= 2 && n2 >= 2);
    }

    /** difference ± t(df) x standard error at this confidence; infinite ends where there is no interval. */
    public double[] interval(double confidence) {
        if (!(standardError >= 0) || Double.isNaN(df)) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        if (standardError == 0) {
            return new double[] {difference, difference};
        }
        double t = TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
        return new double[] {difference - t * standardError, difference + t * standardError};
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }
}
