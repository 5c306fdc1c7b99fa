package parbench.render;

import java.util.Locale;
import parbench.jmhfmt.Units;
import parbench.stats.Estimate;

/** How numbers are printed: three significant digits, metric prefixes, intervals, percentages. Locale.ROOT throughout. */
public final class Format {
    private Format() {
    }

    /** A time in seconds as "12.3 ms", "4.56 µs". */
    public static String time(double seconds) {
        double a = Math.abs(seconds);
        if (Double.isNaN(seconds)) {
            return "NaN";
        }
        if (a >= 1) {
            return sig(seconds) + " s";
        }
        if (a >= 1e-3) {
            return sig(seconds * 1e3) + " ms";
        }
        if (a >= 1e-6) {
            return sig(seconds * 1e6) + " µs";
        }
        return sig(seconds * 1e9) + " ns";
    }

    /** A value in a base unit, with a metric prefix where it is a time or a rate. */
    private static String value(double v, String baseUnit) {
        if (Units.SECONDS_PER_OP.equals(baseUnit)) {
            return time(v) + "/op";
        }
        if (Units.OPS_PER_SECOND.equals(baseUnit)) {
            double a = Math.abs(v);
            if (a >= 1e9) {
                return sig(v / 1e9) + " Gops/s";
            }
            if (a >= 1e6) {
                return sig(v / 1e6) + " Mops/s";
            }
            if (a >= 1e3) {
                return sig(v / 1e3) + " kops/s";
            }
            return sig(v) + " ops/s";
        }
        return sig(v) + (baseUnit == null ? "" : " " + baseUnit);
    }

    /** Three significant digits, no exponent for everyday magnitudes. */
    public static String sig(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (a >= 0.001) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    /** "95% [88%, 101%]", or "95%" without an interval, or for a figure that holds by definition (its interval the point). */
    public static String percent(Estimate e) {
        boolean exact = e.lo() == e.value() && e.hi() == e.value();
        return percent(e.value()) + (e.known() && !exact ? " [" + percent(e.lo()) + ", " + percent(e.hi()) + "]" : "");
    }

    /** "+4.2%" for a ratio of 1.042; never "-0.0%". */
    public static String signedPercent(double ratio) {
        double pct = (ratio - 1) * 100;
        if (Math.abs(pct) < 0.05) {
            pct = 0; // no "-0.0%" from rounding in unit conversion
        }
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }

    /** "+4.2% [+1.0%, +7.5%]" for a ratio with its interval, "+4.2% [?]" without one. */
    public static String signedPercent(Estimate ratio) {
        return signedPercent(ratio.value()) + (ratio.known()
                ? " [" + signedPercent(ratio.lo()) + ", " + signedPercent(ratio.hi()) + "]" : " [?]");
    }

    /** "1.90× [1.85, 1.95]" for a ratio with its interval, "[?]" without one. */
    public static String ratio(Estimate e, String suffix) {
        if (!e.known()) {
            return fixed(e.value()) + suffix + " [?]";
        }
        return fixed(e.value()) + suffix + " [" + fixed(e.lo()) + ", " + fixed(e.hi()) + "]";
    }

    /** A row's median in its base unit as "9.06 ms/op ± 2.1%" ("± ?" without an interval), or "no samples". */
    public static String median(Estimate e, String baseUnit) {
        return e.hasSamples() ? value(e.value(), baseUnit) + " ± " + halfWidthPercent(e) : "no samples";
    }

    /** A time as "9.06 ms ± 2.1%", "± ?" where there are too few samples for an interval. */
    public static String timeWithError(Estimate e) {
        return time(e.value()) + " ± " + halfWidthPercent(e);
    }

    /** A time difference as "1.2 ms [900 µs, 1.5 ms]". */
    public static String timeRange(Estimate e) {
        if (!e.known()) {
            return time(e.value()) + " [?]";
        }
        return time(e.value()) + " [" + time(e.lo()) + ", " + time(e.hi()) + "]";
    }

    /** The interval's larger half-width as a percentage of the value: "2.1%", "?" without one. */
    private static String halfWidthPercent(Estimate e) {
        if (!e.known() || e.value() == 0) {
            return "?";
        }
        double half = e.relativeHalfWidth();
        return String.format(Locale.ROOT, half < 0.1 ? "%.1f%%" : "%.0f%%", half * 100);
    }

    /** 50000000 as "50,000,000". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 worker", "4 workers". */
    public static String workers(int n) {
        return n == 1 ? "1 worker" : n + " workers";
    }

    /** A size from a model, to three significant digits: 24,612 as "24,600", 4.4e8 as "440,000,000". */
    public static String approxCount(double n) {
        if (!Double.isFinite(n)) {
            return "never";
        }
        if (n < 1) {
            return "1";
        }
        double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 2));
        return count(Math.round(Math.round(n / scale) * scale));
    }

    /** "24,600 [21,000, 30,100]", the upper end "never" where the strategy may never catch up, "[?]" without an interval. */
    public static String sizeRange(Estimate n) {
        if (Double.isNaN(n.lo()) || n.lo() == Double.NEGATIVE_INFINITY) {
            return approxCount(n.value()) + " [?]";
        }
        return approxCount(n.value()) + " [" + approxCount(n.lo()) + ", " + approxCount(n.hi()) + "]";
    }

    private static String fixed(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v); // a cold child JVM costs 400,000 range-sum calls: no decimals
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
