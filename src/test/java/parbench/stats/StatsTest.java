package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statistics library checked against values worked out by hand (and by R's wilcox.test). */
class StatsTest {

    @Test
    void mannWhitneyExactPValues() {
        // complete separation, 5 + 5: 2 / C(10, 5) = 2 / 252
        assertEquals(2.0 / 252, UTest.pValue(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10}), 1e-12);
        // one inversion (U = 1): P(U <= 1) = 2 / 252, two-sided 4 / 252 = 0.01587 (R: 0.01587)
        assertEquals(4.0 / 252, UTest.pValue(new double[] {1, 2, 3, 4, 6}, new double[] {5, 7, 8, 9, 10}), 1e-12);
        // 6 + 6 separated: 2 / 924
        assertEquals(2.0 / 924, UTest.smallestPossibleP(6, 6), 1e-12);
        // identical samples: nothing to see
        assertTrue(UTest.pValue(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 2, 3, 4, 5, 6}) > 0.9);
    }

    @Test
    void tooFewSamplesCanNeverBeSignificant() {
        assertTrue(UTest.smallestPossibleP(3, 3) > 0.05, "3 + 3: smallest p is 2/20 = 0.1");
        assertEquals(0.1, UTest.smallestPossibleP(3, 3), 1e-12);
        assertTrue(UTest.smallestPossibleP(4, 4) < 0.05, "4 + 4: 2/70 = 0.029");
        assertEquals(4, UTest.samplesNeeded(0.05));
        assertEquals(5, UTest.samplesNeeded(0.01), "4 + 4 gives 0.029 at best; 5 + 5 gives 2/252 = 0.0079");
        assertEquals(3, UTest.samplesNeeded(0.2), "3 + 3 gives 0.1");
        assertFalse(new UTest(0.001, 3, 3, 0.05).significant(), "a p that 3 + 3 cannot give is not trusted");
        assertTrue(new UTest(0.01, 6, 6, 0.05).significant());
        assertFalse(new UTest(Double.NaN, 0, 6, 0.05).significant(), "no samples: no test");
    }

    @Test
    void estimatesScaleAndSayWhatTheyKnow() {
        Estimate a = new Estimate(10, 9, 11, 6, 0.97);
        Estimate negated = a.times(-1);
        assertEquals(-11, negated.lo(), 1e-12);
        assertEquals(-9, negated.hi(), 1e-12);
        assertEquals(0.1, a.relativeHalfWidth(), 1e-12);
        assertTrue(a.contains(10) && !a.contains(11.5));
        assertFalse(Estimate.none(0.95).hasSamples());
        assertFalse(new Estimate(1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 5, 0.95).known());
    }

    @Test
    void medianIntervalsFromOrderStatistics() {
        // n = 10: ranks 2 and 9, coverage 1 - 2 * 11/1024
        double[] ten = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        Estimate s = Stats.median(ten);
        assertEquals(5.5, s.value());
        assertEquals(2, s.lo());
        assertEquals(9, s.hi());
        assertEquals(1 - 2 * 11.0 / 1024, s.confidence(), 1e-12);
        // n = 6: the whole range, coverage 1 - 2/64
        Estimate six = Stats.median(new double[] {3, 1, 2, 6, 5, 4});
        assertEquals(1, six.lo());
        assertEquals(6, six.hi());
        assertEquals(1 - 2.0 / 64, six.confidence(), 1e-12);
        // n = 5: even [min, max] covers only 93.75%: no 95% interval
        assertFalse(Stats.median(new double[] {1, 2, 3, 4, 5}).known());
        assertEquals(6, Stats.fewestForInterval(0.95));
    }

    @Test
    void geomeanOfRatios() {
        assertEquals(1.0, Stats.geomean(new double[] {2, 0.5}), 1e-12);
        assertEquals(2.0, Stats.geomean(new double[] {1, 4}), 1e-12);
    }
}
