package parbench.report;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * The statistics every table uses, from the raw iteration values: medians with distribution-free
 * confidence intervals (order statistics of the binomial, as benchstat does), and the two-sided
 * Mann-Whitney U test (Apache Commons Statistics: exact p for small samples without ties, a normal
 * approximation with tie and continuity correction otherwise).
 */
public final class Stats {
    public static final double CONFIDENCE = 0.95;

    private Stats() {
    }

    /** A median and its confidence interval; lo/hi are infinite where n is too small for one. */
    public record Summary(int n, double median, double lo, double hi, double confidence) {
        public boolean hasInterval() {
            return Double.isFinite(lo) && Double.isFinite(hi);
        }

        /** The interval's half-width relative to the median, for "±x%". */
        public double relativeHalfWidth() {
            return hasInterval() && median != 0 ? Math.max(hi - median, median - lo) / Math.abs(median) : Double.POSITIVE_INFINITY;
        }
    }

    public static Summary summarize(double[] values) {
        return summarize(values, CONFIDENCE);
    }

    public static Summary summarize(double[] values, double confidence) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        int k = lowerRank(n, confidence);
        if (k < 1) {
            return new Summary(n, median, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, confidence);
        }
        double achieved = coverage(n, k);
        return new Summary(n, median, x[k - 1], x[n - k], achieved);
    }

    /**
     * The largest rank k such that [x(k), x(n+1-k)] covers the median with at least the given
     * confidence: P(k <= B <= n-k) for B ~ Binomial(n, 1/2). 0 where even [min, max] falls short.
     */
    static int lowerRank(int n, double confidence) {
        BinomialDistribution b = BinomialDistribution.of(n, 0.5);
        int best = 0;
        for (int k = 1; k <= (n + 1) / 2; k++) {
            if (coverage(n, k, b) >= confidence) {
                best = k;
            } else {
                break;
            }
        }
        return best;
    }

    static double coverage(int n, int k) {
        return coverage(n, k, BinomialDistribution.of(n, 0.5));
    }

    private static double coverage(int n, int k, BinomialDistribution b) {
        // the interval misses the median when fewer than k values lie below it, or fewer than k above
        return 1 - 2 * b.cumulativeProbability(k - 1);
    }

    /** The fewest samples that can give a confidence interval at this level (6 for 95%). */
    public static int fewestForInterval(double confidence) {
        int n = 1;
        while (lowerRank(n, confidence) < 1) {
            n++;
        }
        return n;
    }

    /** Two-sided Mann-Whitney U p-value; NaN where either side has no samples. */
    public static double mannWhitneyP(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return Double.NaN;
        }
        return MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.TWO_SIDED)
                .test(a, b)
                .getPValue();
    }

    /** The smallest two-sided p that samples of these sizes can ever give (all of one below the other). */
    public static double smallestPossibleP(int n1, int n2) {
        double[] a = new double[n1];
        double[] b = new double[n2];
        for (int i = 0; i < n1; i++) {
            a[i] = i;
        }
        for (int i = 0; i < n2; i++) {
            b[i] = n1 + i;
        }
        return mannWhitneyP(a, b);
    }

    /** Geometric mean of positive ratios. */
    public static double geomean(double[] ratios) {
        double logSum = 0;
        int n = 0;
        for (double r : ratios) {
            if (r > 0 && Double.isFinite(r)) {
                logSum += Math.log(r);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }
}
