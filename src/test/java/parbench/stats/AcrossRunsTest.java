package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The run-level pool and test against a reference (scipy 1.x: stats.t.ppf, stats.ttest_ind with equal_var=False). */
class AcrossRunsTest {

    @Test
    void poolsThreeRunsOnTheLogScaleWithATIntervalAndAPredictionInterval() {
        AcrossRuns a = AcrossRuns.of(new double[] {2.0, 2.1, 1.95});
        assertEquals(2.0157096142593436, a.mean().value(), 1e-12);
        assertEquals(1.8356483353635868, a.mean().lo(), 1e-12);
        assertEquals(2.2134333525341483, a.mean().hi(), 1e-12);
        assertEquals(1.671671746409386, a.prediction().lo(), 1e-12);
        assertEquals(2.430552085207354, a.prediction().hi(), 1e-12);
        assertEquals(a.mean().value(), a.prediction().value(), 0);
        assertEquals(0.037668428552184836, a.logSd(), 1e-12);
        assertEquals(2, a.df());
        assertEquals(3, a.runs());
        assertEquals(AcrossRuns.Position.INSIDE, a.where(2.3));
        assertEquals(AcrossRuns.Position.ABOVE, a.where(2.5));
        assertEquals(AcrossRuns.Position.BELOW, a.where(1.6));
    }

    @Test
    void oneRunHasNoIntervalAndAMissingRunMakesNoPool() {
        AcrossRuns one = AcrossRuns.of(new double[] {2.0});
        assertEquals(2.0, one.mean().value(), 0);
        assertFalse(one.mean().known());
        assertEquals(AcrossRuns.Position.UNKNOWN, one.where(2.0));
        assertEquals(0, one.df());
        assertFalse(AcrossRuns.of(new double[] {2.0, Double.NaN, 2.1}).mean().hasSamples());
        assertFalse(AcrossRuns.of(new double[] {2.0, 0, 2.1}).mean().hasSamples());
        assertFalse(AcrossRuns.of(new double[0]).mean().hasSamples());
        AcrossRuns same = AcrossRuns.of(new double[] {3, 3, 3});
        assertEquals(3, same.prediction().lo(), 1e-12);
        assertEquals(AcrossRuns.Position.INSIDE, same.where(3));
    }

    @Test
    void theRunLevelTestIsWelchsTOnTheLogsOfTheRunsEstimates() {
        AcrossRunsChange c = AcrossRunsChange.of(new double[] {1.0, 1.05, 0.98}, new double[] {1.12, 1.2, 1.15}, 0.05);
        assertEquals(0.009137176508634041, c.test().p(), 1e-9);
        assertEquals(1.145233152072523, c.ratio().value(), 1e-12);
        assertEquals(1.0575277901354576, c.ratio().lo(), 1e-9);
        assertEquals(1.240212299705117, c.ratio().hi(), 1e-9);
        assertEquals(TestResult.Method.WELCH_LOG_RUNS, c.test().method());
        assertTrue(c.significant());
        assertEquals(3, c.test().n1());
        assertEquals(3, c.test().n2());
        // the interval goes with the test: it excludes 1 where p < alpha
        assertTrue(c.ratio().lo() > 1);
    }

    @Test
    void aSideOfOneRunCannotRejectAndSaysSo() {
        AcrossRunsChange c = AcrossRunsChange.of(new double[] {1.0}, new double[] {2.0, 2.1, 2.05}, 0.05);
        assertTrue(c.tooFewRuns());
        assertFalse(c.significant());
        assertFalse(c.ratio().known());
        assertEquals(2.05 / 1.0, c.ratio().value(), 0.01);
        assertFalse(AcrossRunsChange.of(new double[] {1.0, 1.1}, new double[] {2.0, 2.1}, 0.05).tooFewRuns());
        assertEquals(2, AcrossRunsChange.FEWEST_RUNS);
    }

    /**
     * Why not a permutation test: its smallest two-sided p is 2 / C(n1 + n2, n1), which at 3 runs
     * a side is 0.1, above 0.05: it needs 4 a side at alpha 0.05 and 5 at 0.01.
     */
    @Test
    void aPermutationTestOfThreeRunsASideCouldNeverRejectAtFivePercent() {
        assertEquals(0.1, UTest.smallestPossibleP(3, 3), 1e-12);
        assertEquals(4, UTest.samplesNeeded(0.05));
        assertEquals(5, UTest.samplesNeeded(0.01));
    }
}
