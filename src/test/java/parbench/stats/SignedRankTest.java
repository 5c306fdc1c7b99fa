package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The signed-rank interval against the published critical values and a hand-checked example. */
class SignedRankTest {

    /** Two-sided 5% critical values of W (reject at W <= T) from the standard tables: n=10 8, n=20 52, n=30 137, n=50 434. */
    @Test
    void criticalRanksAreTheTablesValues() {
        assertEquals(-1, SignedRank.lowerCritical(5, 0.05), "5 pairs cannot reach 5%");
        assertEquals(0, SignedRank.lowerCritical(6, 0.05));
        assertEquals(8, SignedRank.lowerCritical(10, 0.05));
        assertEquals(52, SignedRank.lowerCritical(20, 0.05));
        assertEquals(137, SignedRank.lowerCritical(30, 0.05));
        assertEquals(434, SignedRank.lowerCritical(50, 0.05));
        int exact = SignedRank.lowerCritical(SignedRank.EXACT_UP_TO, 0.05);
        int normal = SignedRank.lowerCritical(SignedRank.EXACT_UP_TO + 1, 0.05);
        assertEquals(exact, normal, exact * 0.01 + 2, "the normal approximation takes over where the exact one ends");
    }

    /** The 55 Walsh averages of 10 differences, checked with numpy: median 0.35, the 9th 0.10 and the 47th 0.60. */
    @Test
    void theEstimateIsTheMedianOfTheWalshAveragesAndTheIntervalTheirOrderStatistics() {
        Estimate e = SignedRank.of(new double[] {0.3, -0.1, 0.5, 0.8, 0.2, 0.6, 0.4, -0.2, 0.7, 0.11}, 0.95);
        assertEquals(0.35, e.value(), 1e-12);
        assertEquals(0.10, e.lo(), 1e-12);
        assertEquals(0.60, e.hi(), 1e-12);
        assertEquals(10, e.n());
        assertFalse(SignedRank.of(new double[] {1, 2, 3, 4, 5}, 0.95).known(), "5 pairs: no 95% interval");
    }

    @Test
    void aPairedRatioAndItsReciprocalHaveReciprocalIntervals() {
        double[] a = {2.0, 4.2, 6.1, 8.4, 9.7, 12.3, 13.9, 16.5, 18.0, 20.6};
        double[] b = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0};
        Estimate ab = Stats.pairedRatio(a, b);
        Estimate ba = Stats.pairedRatio(b, a);
        assertEquals(1 / ab.value(), ba.value(), 1e-12);
        assertEquals(1 / ab.hi(), ba.lo(), 1e-12);
        assertEquals(1 / ab.lo(), ba.hi(), 1e-12);
    }
}
