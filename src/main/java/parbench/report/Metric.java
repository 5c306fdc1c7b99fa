package parbench.report;

/**
 * One metric of one benchmark row: JMH's score and error as it printed them, and the raw
 * per-iteration values (all forks) that every statistic here is computed from.
 *
 * @param samples per-iteration values over all forks; for sample mode, each iteration's mean
 */
public record Metric(double score, double scoreError, String unit, double[] samples) {

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
