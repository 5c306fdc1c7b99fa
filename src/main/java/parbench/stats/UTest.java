package parbench.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * The result of a two-sided Mann-Whitney U test of two samples at a significance level: data only,
 * like benchstat's benchmath.Comparison (P, N1, N2, Alpha); what it is called when printed ("~",
 * "faster") is the renderer's business. Apache Commons Statistics computes p: exact for small
 * samples without ties, a normal approximation with tie and continuity correction otherwise.
 */
public record UTest(double p, int n1, int n2, double alpha) {

    public static UTest of(double[] a, double[] b, double alpha) {
        return new UTest(pValue(a, b), a.length, b.length, alpha);
    }

    /** The samples can show a difference at alpha, and they do. */
    public boolean significant() {
        return canDetect() && p < alpha;
    }

    /** Samples of these sizes can give p below alpha at all (all of one below all of the other). */
    public boolean canDetect() {
        return n1 > 0 && n2 > 0 && smallestPossibleP(n1, n2) <= alpha;
    }

    /** The fewest samples per side that can ever give p below alpha (4 for 0.05, 5 for 0.01). */
    public static int samplesNeeded(double alpha) {
        int n = 1;
        while (smallestPossibleP(n, n) > alpha) {
            n++;
        }
        return n;
    }

    /** Two-sided p; NaN where either side has no samples. */
    static double pValue(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return Double.NaN;
        }
        return MannWhitneyUTest.withDefaults().with(AlternativeHypothesis.TWO_SIDED).test(a, b).getPValue();
    }

    /** The smallest two-sided p that samples of these sizes can give: 2 / C(n1 + n2, n1). */
    static double smallestPossibleP(int n1, int n2) {
        double[] a = new double[n1];
        double[] b = new double[n2];
        for (int i = 0; i < n1; i++) {
            a[i] = i;
        }
        for (int i = 0; i < n2; i++) {
            b[i] = n1 + i;
        }
        return pValue(a, b);
    }

    /**
     * The 0-based rank, among the m x n pairwise differences sorted, where the two-sided interval at
     * 1 - alpha that goes with this test starts: the largest c - 1 with P(U <= c - 1) <= alpha / 2
     * under no difference; -1 where samples this small give no interval. Exact for m x n up to 2,500,
     * a normal approximation above.
     */
    static int lowerCritical(int m, int n, double alpha) {
        if ((long) m * n > 2_500) {
            double z = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - alpha / 2);
            return (int) Math.floor(m * (double) n / 2 - z * Math.sqrt(m * (double) n * (m + n + 1) / 12.0)) - 1;
        }
        double[] cdf = cumulative(uCounts(m, n));
        int c = 0;
        while (c < cdf.length && cdf[c] <= alpha / 2) {
            c++;
        }
        return c - 1;
    }

    /** How many of the C(m + n, m) orderings give each U from 0 to m x n. */
    private static double[] uCounts(int m, int n) {
        // ways[j][u] for the current i: samples of sizes i and j
        double[][] ways = new double[n + 1][];
        for (int j = 0; j <= n; j++) {
            ways[j] = new double[] {1};
        }
        for (int i = 1; i <= m; i++) {
            double[][] next = new double[n + 1][];
            next[0] = new double[] {1};
            for (int j = 1; j <= n; j++) {
                double[] w = new double[i * j + 1];
                double[] fewerI = ways[j];
                double[] fewerJ = next[j - 1];
                for (int u = 0; u <= i * j; u++) {
                    w[u] = (u - j >= 0 && u - j < fewerI.length ? fewerI[u - j] : 0) + (u < fewerJ.length ? fewerJ[u] : 0);
                }
                next[j] = w;
            }
            ways = next;
        }
        return ways[n];
    }

    private static double[] cumulative(double[] counts) {
        double total = java.util.Arrays.stream(counts).sum();
        double[] cdf = new double[counts.length];
        double sum = 0;
        for (int u = 0; u < counts.length; u++) {
            sum += counts[u];
            cdf[u] = sum / total;
        }
        return cdf;
    }
}
