package parbench.report;

import java.util.Locale;

/**
 * A value with the interval it is known within: a median with its confidence interval, or a ratio
 * of two such values (conservatively, from the ends of both intervals).
 */
public record Interval(double value, double lo, double hi) {

    public static Interval of(Stats.Summary s) {
        return new Interval(s.median(), s.lo(), s.hi());
    }

    public boolean known() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /** this / other, its interval from the extreme ends (both intervals are of positive values). */
    public Interval over(Interval other) {
        return new Interval(value / other.value, lo / other.hi, hi / other.lo);
    }

    public Interval times(double factor) {
        return factor >= 0 ? new Interval(value * factor, lo * factor, hi * factor)
                : new Interval(value * factor, hi * factor, lo * factor);
    }

    /** this - other, from the extreme ends. */
    public Interval minus(Interval other) {
        return new Interval(value - other.value, lo - other.hi, hi - other.lo);
    }

    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }

    /** Entirely below another interval: the difference is beyond both errors. */
    public boolean below(Interval other) {
        return hi < other.lo;
    }

    /** "1.90× [1.85, 1.95]" for ratios. */
    public String ratio(String suffix) {
        if (!known()) {
            return fmt(value) + suffix + " [?]";
        }
        return fmt(value) + suffix + " [" + fmt(lo) + ", " + fmt(hi) + "]";
    }

    /** A time in seconds as "9.06 ms ± 2.1%", "± ?" where n is too small for an interval. */
    public String time() {
        return Units.time(value) + " ± " + halfWidthPercent();
    }

    /** A time difference as "1.2 ms [0.9, 1.5 ms]"-style text. */
    public String timeRange() {
        if (!known()) {
            return Units.time(value) + " [?]";
        }
        return Units.time(value) + " [" + Units.time(lo) + ", " + Units.time(hi) + "]";
    }

    public String halfWidthPercent() {
        if (!known() || value == 0) {
            return "?";
        }
        double half = Math.max(hi - value, value - lo) / Math.abs(value);
        return String.format(Locale.ROOT, half < 0.1 ? "%.1f%%" : "%.0f%%", half * 100);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
