package parbench.jmhfmt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every JMH unit to one base, in the one place values change unit. */
class UnitsTest {

    @Test
    void timesPerOperationBecomeSecondsPerOperation() {
        assertEquals(1e-9, Units.toBase("ns/op"));
        assertEquals(1e-6, Units.toBase("us/op"));
        assertEquals(1e-6, Units.toBase("\u00b5s/op"));
        assertEquals(1e-3, Units.toBase("ms/op"));
        assertEquals(60, Units.toBase("min/op"));
        assertEquals("s/op", Units.baseUnit("us/op"));
    }

    @Test
    void ratesBecomeOperationsPerSecond() {
        assertEquals(1e3, Units.toBase("ops/ms"), 1e-9);
        assertEquals(1e9, Units.toBase("ops/ns"), 1e-3);
        assertEquals("ops/s", Units.baseUnit("ops/us"));
    }

    @Test
    void otherUnitsAreLeftAsTheyAre() {
        assertTrue(Double.isNaN(Units.toBase("MB/sec")));
        assertTrue(Double.isNaN(Units.toBase("parsecs/op")));
        assertTrue(Double.isNaN(Units.toBase(null)));
        assertEquals("MB/sec", Units.baseUnit("MB/sec"));
    }

    @Test
    void aMetricGivesBaseUnitsAndSecondsPerOperation() {
        Metric rate = new Metric(2, 0, "ops/ms", new double[][] {{2, 4}, {5}});
        assertArrayEquals(new double[] {2000, 4000}, rate.forksInBase()[0], 1e-9);
        assertArrayEquals(new double[] {1 / 2000.0, 1 / 4000.0}, rate.forksInSecondsPerOp()[0], 1e-15);
        assertArrayEquals(new double[] {1 / 5000.0}, rate.forksInSecondsPerOp()[1], 1e-15);
        assertEquals(2, rate.forks().length);
        assertArrayEquals(new double[] {2, 4, 5}, parbench.JmhRows.iterations(rate));
        Metric time = new Metric(2, 0, "us/op", new double[][] {{3}});
        assertArrayEquals(new double[] {3e-6}, time.forksInSecondsPerOp()[0], 1e-18);
        assertEquals(0, new Metric(1, 0, "MB/sec", new double[][] {{1}}).forksInSecondsPerOp().length);
    }
}
