package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interval compare draws in its forest plot, against references and on simulated data with known truth. */
class RatioIntervalTest {
    @Test
    void criticalValuesMatchTheTables() {
        // Hollander and Wolfe / scipy: the two-sided 5% lower critical U for 8 and 8 is 13 (P(U <= 13) = 0.0249, by enumeration in Python)
        assertEquals(13, UTest.lowerCritical(8, 8, 0.05));
        assertEquals(5, UTest.lowerCritical(6, 6, 0.05), "P(U <= 5) = 0.0206, P(U <= 6) = 0.0325 (exact, by enumeration)");
        assertEquals(-1, UTest.lowerCritical(2, 2, 0.05), "too small for any interval");
    }

    @Test
    void coversATrueRatioAndExcludesOneAsOftenAsTheTestRejects() {
        Random random = new Random(42);
        int experiments = 2_000, covered = 0, falseAlarms = 0, testRejects = 0;
        for (int e = 0; e < experiments; e++) {
            double[] a = new double[8];
            double[] b = new double[8];
            for (int i = 0; i < 8; i++) {
                a[i] = 10 * Math.exp(0.03 * random.nextGaussian());
                b[i] = 11 * Math.exp(0.03 * random.nextGaussian());
            }
            covered += Stats.ratioInterval(a, b, 0.95).contains(1.1) ? 1 : 0;
            double[] c = new double[8];
            for (int i = 0; i < 8; i++) {
                c[i] = 10 * Math.exp(0.03 * random.nextGaussian());
            }
            falseAlarms += Stats.ratioInterval(a, c, 0.95).contains(1) ? 0 : 1;
            testRejects += UTest.of(a, c, 0.05).significant() ? 1 : 0;
        }
        System.out.printf("ratio interval, %d simulated pairs of 8: covers the true ratio %d, excludes 1 under no change %d "
                + "(U test rejects %d)%n", experiments, covered, falseAlarms, testRejects);
        assertTrue(covered >= 0.93 * experiments, covered + "");
        assertTrue(falseAlarms <= 0.07 * experiments, falseAlarms + "");
    }
}
