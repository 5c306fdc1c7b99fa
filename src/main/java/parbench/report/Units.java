package parbench.report;

import java.util.Locale;

/** Converting JMH's units to a common base, and printing times and rates the way people read them. */
public final class Units {
    private Units() {
    }

    /** Seconds per one of the given time unit ("ns", "us", "ms", "s", "min", "hr"); NaN if unknown. */
    static double secondsPer(String timeUnit) {
        switch (timeUnit) {
            case "ns": return 1e-9;
            case "us": return 1e-6;
            case "\u00b5s": return 1e-6;
            case "ms": return 1e-3;
            case "s": return 1;
            case "min": return 60;
            case "hr": return 3600;
            default: return Double.NaN;
        }
    }

    /**
     * The factor that brings a value in this JMH unit to its base: seconds per op for "x/op", ops per
     * second for "ops/x". NaN for units that are neither (secondary metrics like "MB/sec").
     */
    public static double toBase(String unit) {
        if (unit == null) {
            return Double.NaN;
        }
        if (unit.endsWith("/op")) {
            return secondsPer(unit.substring(0, unit.length() - 3));
        }
        if (unit.startsWith("ops/")) {
            return 1 / secondsPer(unit.substring(4));
        }
        return Double.NaN;
    }

    /** The base unit a JMH unit converts to: "s/op" or "ops/s"; the unit itself otherwise. */
    public static String baseUnit(String unit) {
        if (unit != null && unit.endsWith("/op") && !Double.isNaN(toBase(unit))) {
            return "s/op";
        }
        if (unit != null && unit.startsWith("ops/") && !Double.isNaN(toBase(unit))) {
            return "ops/s";
        }
        return unit;
    }

    /** A time in seconds as "12.3 ms", "4.56 µs", with three significant digits. */
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

    /** A value in a base unit, printed with a metric prefix where it is a time or a rate. */
    public static String value(double v, String baseUnit) {
        if ("s/op".equals(baseUnit)) {
            return time(v) + "/op";
        }
        if ("ops/s".equals(baseUnit)) {
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
}
