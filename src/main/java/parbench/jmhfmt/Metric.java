package parbench.jmhfmt;

import java.util.Arrays;

/**
 * One metric of one benchmark row: JMH's score and error as it printed them, and the raw
 * per-iteration values of every fork, which every statistic here is computed from.
 *
 * @param forks per fork, its iteration values (for sample mode, each iteration's mean); NaNs dropped
 */
public record Metric(double score, double scoreError, String unit, double[][] forks) {

    /** The unit every value here is converted to: "s/op", "ops/s", or the unit itself (see {@link Units}). */
    public String baseUnit() {
        return Units.baseUnit(unit);
    }

    /** The iterations of every fork in {@link #baseUnit()}. */
    public double[][] forksInBase() {
        double factor = Units.toBase(unit);
        double f = Double.isNaN(factor) ? 1 : factor;
        return Arrays.stream(forks).map(fork -> Arrays.stream(fork).map(v -> v * f).toArray()).toArray(double[][]::new);
    }

    /**
     * The iterations of every fork as seconds per operation (throughput inverted); empty where the
     * unit is neither a time per operation nor a rate.
     */
    public double[][] forksInSecondsPerOp() {
        String base = baseUnit();
        if (!Units.SECONDS_PER_OP.equals(base) && !Units.OPS_PER_SECOND.equals(base)) {
            return new double[0][];
        }
        boolean rate = Units.OPS_PER_SECOND.equals(base);
        return Arrays.stream(forksInBase()).map(fork -> Arrays.stream(fork).map(v -> rate ? 1 / v : v).toArray())
                .toArray(double[][]::new);
    }

    /** Lower is better for times (avgt, ss, sample and "time/op" units); higher for throughput. */
    public static boolean lowerIsBetter(String mode, String unit) {
        if (unit != null && unit.contains("/op")) {
            return true;
        }
        if (unit != null && unit.startsWith("ops/")) {
            return false;
        }
        return !"thrpt".equals(mode);
    }
}
