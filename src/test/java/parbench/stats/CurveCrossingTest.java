package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a strategy's time drops below serial's: found between the sizes around it, round by round. */
class CurveCrossingTest {
    private static final double[] X = {1_000, 10_000, 100_000, 1_000_000};

    /** Serial x / 1000 and the strategy 20 + x / 2000 (µs), each round scaled by its own factor. */
    private static double[][][] lines(double[] factors) {
        double[][] u = new double[X.length][factors.length];
        double[][] v = new double[X.length][factors.length];
        for (int i = 0; i < X.length; i++) {
            for (int r = 0; r < factors.length; r++) {
                u[i][r] = X[i] / 1000 * factors[r];
                v[i][r] = (20 + X[i] / 2000) * factors[r];
            }
        }
        return new double[][][] {u, v};
    }

    private static Estimate[] ratios(double[][][] uv) {
        Estimate[] y = new Estimate[X.length];
        for (int i = 0; i < X.length; i++) {
            y[i] = exactly(uv[0][i][0] / uv[1][i][0]);
        }
        return y;
    }

    private static Estimate exactly(double ratio) {
        return new Estimate(ratio, ratio, ratio, 8, Stats.CONFIDENCE);
    }

    @Test
    void twoLinesCrossWhereTheyMeetInEveryRound() {
        double[][][] uv = lines(new double[] {1, 1.02, 0.98, 1.01, 0.99, 1.03, 0.97, 1});
        Estimate n = CurveCrossing.of(X, ratios(uv), uv[0], uv[1]);
        // they meet at 40,000, between 10,000 and 100,000, whatever the round's drift
        assertEquals(40_000, n.value(), 1e-6);
        assertEquals(40_000, n.lo(), 1e-6);
        assertEquals(40_000, n.hi(), 1e-6);
        assertEquals(8, n.n());
    }

    @Test
    void theCrossingIsWhereTheRatioStaysAboveOne() {
        assertEquals(-1, CurveCrossing.firstStaysAbove(new double[] {0.1, 0.5, 0.8, 0.9}));
        assertEquals(0, CurveCrossing.firstStaysAbove(new double[] {1.5, 2, 3, 4}));
        assertEquals(3, CurveCrossing.firstStaysAbove(new double[] {0.5, 1.2, 0.9, 1.8}), "above, below, above: the last rise");
        assertEquals(1, CurveCrossing.firstStaysAbove(new double[] {0.5, 2, 2, 2, 0.9}), "one low point at the end undoes nothing");
        assertEquals(Double.POSITIVE_INFINITY, CurveCrossing.meet(1, 2, 5, 5), "a gap that does not fall never closes");
        assertEquals(1, CurveCrossing.meet(1_000, 10_000, -5, -50), "faster well before the first size: at least 1");
    }

    @Test
    void roundsThatDisagreeGiveAnInterval() {
        double[][][] uv = lines(new double[] {1, 1, 1, 1, 1, 1, 1, 1});
        // the strategy's time at 100,000 moves from round to round: the crossing with it
        double[] at100k = {64, 66, 68, 70, 72, 74, 76, 78};
        for (int r = 0; r < at100k.length; r++) {
            uv[1][2][r] = at100k[r];
        }
        Estimate[] y = ratios(uv);
        y[2] = exactly(100 / 71.0);
        Estimate n = CurveCrossing.of(X, y, uv[0], uv[1]);
        assertTrue(n.known() && n.lo() < n.value() && n.value() < n.hi(), n.toString());
        assertTrue(n.lo() > 10_000 && n.hi() < 100_000, n.toString());
        double[] few = {1, 1, 1};
        double[][][] three = lines(few);
        assertTrue(!CurveCrossing.of(X, ratios(three), three[0], three[1]).known(), "3 rounds: no 95% interval");
    }

    /**
     * Run 20261202-192648's fork/join pool: 0.85x at 320,000, 1.00x at 570,000, 1.01x at 1,000,000,
     * 1.20x at 1,800,000, and most rounds' lines never meet. The sizes bracket the crossing: from the
     * last wholly below 1 to the first wholly above, the estimate between the two around it in log n.
     */
    @Test
    void whereTheLinesNeverMeetTheSizesBracketTheCrossing() {
        double[] x = {320_000, 570_000, 1_000_000, 1_800_000};
        Estimate[] speedups = {new Estimate(0.85, 0.80, 0.90, 6, 0.95), new Estimate(0.99, 0.94, 1.04, 6, 0.95),
                new Estimate(1.01, 0.96, 1.06, 6, 0.95), new Estimate(1.20, 1.12, 1.28, 6, 0.95)};
        int i = CurveCrossing.firstStaysAbove(new double[] {0.85, 0.99, 1.01, 1.20});
        assertEquals(2, i);
        Estimate n = CurveCrossing.bySizes(x, speedups, i, 6);
        assertEquals(320_000, n.lo());
        assertEquals(1_800_000, n.hi());
        double t = Math.log(0.99) / (Math.log(0.99) - Math.log(1.01));
        assertEquals(Math.exp(Math.log(570_000) + t * Math.log(1_000_000 / 570_000.0)), n.value(), 1e-6);
        Estimate open = CurveCrossing.bySizes(x, new Estimate[] {speedups[1], speedups[1], speedups[2], speedups[2]}, i, 6);
        assertEquals(0, open.lo(), "no size wholly below 1");
        assertEquals(Double.POSITIVE_INFINITY, open.hi(), "no size wholly above 1");
    }

    @Test
    void linesThatMeetFarBeyondTheirSizesGiveWayToTheSizes() {
        double[][][] uv = lines(new double[] {1, 1, 1, 1, 1, 1, 1, 1});
        for (int r = 0; r < 3; r++) {
            uv[1][1][r] = 10 - 3 / 1.1; // in three rounds the strategy is faster at 10,000: their lines meet near 1,000
        }
        Estimate[] y = {new Estimate(0.05, 0.04, 0.06, 8, 0.95), new Estimate(0.5, 0.4, 0.6, 8, 0.95),
                new Estimate(1.4, 1.3, 1.5, 8, 0.95), new Estimate(1.9, 1.8, 2.0, 8, 0.95)};
        Estimate n = CurveCrossing.of(X, y, uv[0], uv[1]);
        assertEquals(10_000, n.lo(), "not the 1,000 three rounds' lines reach: no size supports it");
        assertEquals(100_000, n.hi());
    }
}
