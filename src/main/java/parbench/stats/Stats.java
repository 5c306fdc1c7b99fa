package parbench.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Medians with distribution-free confidence intervals (order statistics of the binomial, as
 * benchstat does) and geometric means. Nothing here knows what was measured.
 */
public final class Stats {
    public static final double CONFIDENCE = 0.95;

    private Stats() {
    }

    public static Estimate median(double[] values) {
        return median(values, CONFIDENCE);
    }

    /** The median and the widest-coverage-at-least-confidence interval [x(k), x(n+1-k)]. */
    public static Estimate median(double[] values, double confidence) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        if (n == 0) {
            return Estimate.none(confidence);
        }
        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        int k = lowerRank(n, confidence);
        if (k < 1) {
            return new Estimate(median, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, n, confidence);
        }
        return new Estimate(median, x[k - 1], x[n - k], n, coverage(n, k));
    }

    /**
     * The largest rank k such that [x(k), x(n+1-k)] covers the median with at least the given
     * confidence: P(k <= B <= n-k) for B ~ Binomial(n, 1/2). 0 where even [min, max] falls short.
     */
    static int lowerRank(int n, double confidence) {
        BinomialDistribution b = BinomialDistribution.of(n, 0.5);
        int best = 0;
        for (int k = 1; k <= (n + 1) / 2; k++) {
            if (coverage(k, b) >= confidence) {
                best = k;
            } else {
                break;
            }
        }
        return best;
    }

    static double coverage(int n, int k) {
        return coverage(k, BinomialDistribution.of(n, 0.5));
    }

    private static double coverage(int k, BinomialDistribution b) {
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

    /** Geometric mean of the positive, finite ratios; NaN where there are none. */
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
