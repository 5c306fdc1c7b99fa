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

    /**
     * The median with a confidence interval interpolated between order statistics (Hettmansperger
     * and Sheather, 1986): near the nominal coverage for any n, where plain order statistics jump
     * (with 8 forks they give 99.2% or 93%). Needs the n at which [min, max] reaches the confidence
     * (6 for 95%); below that the interval is infinite.
     */
    public static Estimate medianInterpolated(double[] values, double confidence) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        Estimate plain = median(values, confidence);
        int k = n == 0 ? 0 : lowerRank(n, confidence);
        if (k < 1 || k >= (n + 1) / 2) {
            return plain;
        }
        double above = coverage(n, k);
        double below = coverage(n, k + 1);
        double share = (above - confidence) / (above - below);
        double lambda = (n - k) * share / (k + (n - 2 * k) * share);
        double lo = lambda * x[k] + (1 - lambda) * x[k - 1];
        double hi = lambda * x[n - k - 1] + (1 - lambda) * x[n - k];
        return new Estimate(plain.value(), lo, hi, n, confidence);
    }

    /** Each fork's median: the fork, not the iteration, is the unit of replication. */
    public static double[] forkMedians(double[][] forks) {
        return Arrays.stream(forks).filter(f -> f.length > 0).mapToDouble(f -> median(f).value()).toArray();
    }

    /**
     * The median over forks of each fork's median, with its interpolated interval: what every
     * figure of a run rests on (Kalibera and Jones, ISMM 2013: iterations within a fork are not
     * independent; forks are).
     */
    public static Estimate overForks(double[][] forks) {
        return medianInterpolated(forkMedians(forks), CONFIDENCE);
    }

    /**
     * The ratio a[i] / b[i] of paired values (forks of one round of a block), as the Hodges-Lehmann
     * estimate of the per-pair log ratios with the signed-rank interval ({@link SignedRank}), so
     * that a / b and b / a have reciprocal intervals. Pairs beyond the shorter array are dropped.
     */
    public static Estimate pairedRatio(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(a[i] / b[i]);
        }
        Estimate log = SignedRank.of(logs, CONFIDENCE);
        return new Estimate(Math.exp(log.value()), Math.exp(log.lo()), Math.exp(log.hi()), n, log.confidence());
    }

    /** a[i] - b[i] of paired values, as the Hodges-Lehmann estimate of the differences with the signed-rank interval. */
    public static Estimate pairedDifference(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
        }
        return SignedRank.of(d, CONFIDENCE);
    }

    /**
     * The fewest rounds in common from which a ratio pairs forks: with fewer, the signed-rank
     * interval has too few levels to choose from and comes out wider than the unpaired one
     * (BlockDesignSimulationTest: 24% at 6 rounds, 9% at 8; 5-23% narrower from 10).
     */
    public static final int FEWEST_PAIRS = 10;

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

    /**
     * The ratio of two unpaired samples' typical values, other / base, with its interval: the
     * Hodges-Lehmann shift of the logs (the median of every log(other[j]) - log(base[i])) and the
     * distribution-free interval that goes with the Mann-Whitney U test (Hollander and Wolfe), so
     * that it excludes 1 where the test, at 1 - confidence, finds a difference.
     */
    public static Estimate ratioInterval(double[] base, double[] other, double confidence) {
        Estimate log = shiftInterval(logs(base), logs(other), confidence);
        return new Estimate(Math.exp(log.value()), Math.exp(log.lo()), Math.exp(log.hi()), log.n(), log.confidence());
    }

    /**
     * The shift between two unpaired samples, other - base, with its interval: the Hodges-Lehmann
     * estimate (the median of every other[j] - base[i]) and the distribution-free interval that goes
     * with the Mann-Whitney U test (Hollander and Wolfe).
     */
    public static Estimate shiftInterval(double[] base, double[] other, double confidence) {
        if ((long) base.length * other.length > MOST_PAIRS) {
            // sample-mode files hold thousands of samples: keep evenly spaced order statistics of each
            int keep = (int) Math.sqrt(MOST_PAIRS);
            return shiftInterval(quantiles(base, keep), quantiles(other, keep), confidence);
        }
        int m = base.length, n = other.length;
        if (m == 0 || n == 0) {
            return Estimate.none(confidence);
        }
        double[] d = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                d[i * n + j] = other[j] - base[i];
            }
        }
        Arrays.sort(d);
        double mid = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
        int k = UTest.lowerCritical(m, n, 1 - confidence);
        if (k < 0) {
            return new Estimate(mid, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Math.min(m, n), confidence);
        }
        return new Estimate(mid, d[k], d[d.length - 1 - k], Math.min(m, n), confidence);
    }

    private static double[] logs(double[] x) {
        return Arrays.stream(x).map(Math::log).toArray();
    }

    /** The most pairwise differences ratioInterval sorts; larger samples are thinned to quantiles first. */
    static final long MOST_PAIRS = 1_000_000;

    private static double[] quantiles(double[] values, int keep) {
        if (values.length <= keep) {
            return values;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] q = new double[keep];
        for (int i = 0; i < keep; i++) {
            q[i] = sorted[(int) ((i + 0.5) * sorted.length / keep)];
        }
        return q;
    }
}
