package parbench.stats;

/**
 * A value and the interval it is known within: a median with its distribution-free confidence
 * interval, or a quantity derived from such medians. lo and hi are infinite where there were too few
 * samples for an interval, NaN where there were none.
 *
 * @param n          the samples behind it (for a derived value, the fewest behind any of its parts)
 * @param confidence the coverage the interval actually has (order statistics give it in steps)
 */
public record Estimate(double value, double lo, double hi, int n, double confidence) {

    /** An estimate of nothing: no samples. */
    public static Estimate none(double confidence) {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0, confidence);
    }

    public boolean hasSamples() {
        return n > 0 && !Double.isNaN(value);
    }

    /** There is an interval: enough samples for one at this confidence. */
    public boolean known() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /** The interval's larger half-width relative to the value; infinite without an interval. */
    public double relativeHalfWidth() {
        return known() && value != 0 ? Math.max(hi - value, value - lo) / Math.abs(value) : Double.POSITIVE_INFINITY;
    }

    public Estimate times(double factor) {
        return factor >= 0 ? new Estimate(value * factor, lo * factor, hi * factor, n, confidence)
                : new Estimate(value * factor, hi * factor, lo * factor, n, confidence);
    }

    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }
}
