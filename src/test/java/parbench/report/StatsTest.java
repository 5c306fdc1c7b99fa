package parbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statistics library checked against values worked out by hand (and by R's wilcox.test). */
class StatsTest {

    @Test
    void mannWhitneyExactPValues() {
        // complete separation, 5 + 5: 2 / C(10, 5) = 2 / 252
        assertEquals(2.0 / 252, Stats.mannWhitneyP(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10}), 1e-12);
        // one inversion (U = 1): P(U <= 1) = 2 / 252, two-sided 4 / 252 = 0.01587 (R: 0.01587)
        assertEquals(4.0 / 252, Stats.mannWhitneyP(new double[] {1, 2, 3, 4, 6}, new double[] {5, 7, 8, 9, 10}), 1e-12);
        // 6 + 6 separated: 2 / 924
        assertEquals(2.0 / 924, Stats.smallestPossibleP(6, 6), 1e-12);
        // identical samples: nothing to see
        assertTrue(Stats.mannWhitneyP(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 2, 3, 4, 5, 6}) > 0.9);
    }

    @Test
    void tooFewSamplesCanNeverBeSignificant() {
        assertTrue(Stats.smallestPossibleP(3, 3) > 0.05, "3 + 3: smallest p is 2/20 = 0.1");
        assertEquals(0.1, Stats.smallestPossibleP(3, 3), 1e-12);
        assertTrue(Stats.smallestPossibleP(4, 4) < 0.05, "4 + 4: 2/70 = 0.029");
    }

    @Test
    void medianIntervalsFromOrderStatistics() {
        // n = 10: ranks 2 and 9, coverage 1 - 2 * 11/1024
        double[] ten = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        Stats.Summary s = Stats.summarize(ten);
        assertEquals(5.5, s.median());
        assertEquals(2, s.lo());
        assertEquals(9, s.hi());
        assertEquals(1 - 2 * 11.0 / 1024, s.confidence(), 1e-12);
        // n = 6: the whole range, coverage 1 - 2/64
        Stats.Summary six = Stats.summarize(new double[] {3, 1, 2, 6, 5, 4});
        assertEquals(1, six.lo());
        assertEquals(6, six.hi());
        assertEquals(1 - 2.0 / 64, six.confidence(), 1e-12);
        // n = 5: even [min, max] covers only 93.75%: no 95% interval
        assertFalse(Stats.summarize(new double[] {1, 2, 3, 4, 5}).hasInterval());
        assertEquals(6, Stats.fewestForInterval(0.95));
    }

    @Test
    void geomeanOfRatios() {
        assertEquals(1.0, Stats.geomean(new double[] {2, 0.5}), 1e-12);
        assertEquals(2.0, Stats.geomean(new double[] {1, 4}), 1e-12);
    }
}
