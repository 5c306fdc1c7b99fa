package parbench.jmhfmt;

/**
 * JMH's units brought to one base: seconds per operation for "time/op" units, operations per second
 * for "ops/time". The one place values change unit; printing them is the renderer's job.
 */
public final class Units {
    public static final String SECONDS_PER_OP = "s/op";
    public static final String OPS_PER_SECOND = "ops/s";

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
            return SECONDS_PER_OP;
        }
        if (unit != null && unit.startsWith("ops/") && !Double.isNaN(toBase(unit))) {
            return OPS_PER_SECOND;
        }
        return unit;
    }
}
