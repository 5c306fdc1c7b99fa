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
}
