package parbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinearFitTest {
    @Test
    void aLineThroughExactPointsIsThatLine() {
        double[] x = {1e3, 1e4, 1e5, 1e6, 1e8};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3e-6 + 0.15e-9 * x[i];
        }
        LinearFit fit = LinearFit.relative(x, y);
        assertEquals(3e-6, fit.a(), 1e-12);
        assertEquals(0.15e-9, fit.b(), 1e-16);
    }

    @Test
    void weighsEachPointByItsRelativeError() {
        // one point 10% off at the largest size moves the intercept far less than an unweighted fit would
        double[] x = {1e3, 1e4, 1e5, 1e6};
        double[] y = {1e-6 + 1e-9 * 1e3, 1e-6 + 1e-9 * 1e4, 1e-6 + 1e-9 * 1e5, (1e-6 + 1e-9 * 1e6) * 1.1};
        assertEquals(1e-6, LinearFit.relative(x, y).a(), 0.2e-6);
    }

    @Test
    void crossingsAsInverses() {
        LinearFit serial = new LinearFit(0, 1);
        assertEquals(1.0 / 100, new LinearFit(50, 0.5).inverseCrossing(serial), 1e-12, "n* = 50 / 0.5");
        assertEquals(0, new LinearFit(50, 1).inverseCrossing(serial), "same slope: never");
        assertEquals(0, new LinearFit(-1, 2).inverseCrossing(serial), "steeper: never stays below");
        assertEquals(1, new LinearFit(-1, 0.5).inverseCrossing(serial), "below from the start");
        assertThrows(IllegalArgumentException.class, () -> LinearFit.relative(new double[] {1}, new double[] {1}));
    }
}
