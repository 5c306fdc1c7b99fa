package parbench.stats;

/**
 * Where one measured quantity v drops below a reference u to stay there, as x grows: a strategy's
 * time against serial's over the sizes, each size with its rounds' paired samples. The two sizes
 * around the crossing are found from the medians of u / v: the first x where the ratio is above 1
 * and still above 1 at the next x (so that one noisy point neither makes nor unmakes a crossing).
 * Around them u and v are taken as straight lines in x (exact where both are a + b x, as a cost
 * model's times are), fitted in each round to those two sizes and every other measured within a
 * factor of {@value #WINDOW} of the crossing the medians give; each round gives where its two lines
 * meet, and the crossing is the median over rounds with its interpolated 95% interval, the same
 * method as every other figure of a run. Two sizes close together alone would give a line as noisy
 * as their difference; the sizes around them steady it, and sizes a decade off, where a pool's
 * time is no longer that line, stay out. The median is taken of 1 / x, which is 0 for a round whose
 * lines never meet, so that those rounds are ordered with the others. On simulated sweeps shaped
 * like the real runs (BlockDesignSimulationTest) the interval covers the true crossing 93-97% of
 * the time, sizes a decade apart or refined.
 */
public final class CurveCrossing {
    /** Sizes within this factor of the crossing join the two around it in each round's lines. */
    static final double WINDOW = 2;

    private CurveCrossing() {
    }

    /**
     * @param x      ascending, positive
     * @param ratios the median of u / v at each x
     * @param u      u's samples at each x, by round
     * @param v      v's samples at each x, by round, paired with u's
     * @return infinite for a ratio that never stays above 1; x[0] (no interval) for one above 1 from the first x
     */
    public static Estimate of(double[] x, double[] ratios, double[][] u, double[][] v) {
        int i = firstStaysAbove(ratios);
        int n = x.length == 0 ? 0 : Math.min(u[0].length, v[0].length);
        if (i < 0) {
            return new Estimate(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, n, Stats.CONFIDENCE);
        }
        if (i == 0) {
            return new Estimate(x[0], x[0], x[0], n, Stats.CONFIDENCE);
        }
        int[] window = window(x, i, meet(x[i - 1], x[i], median(v[i - 1]) - median(u[i - 1]), median(v[i]) - median(u[i])));
        int rounds = Integer.MAX_VALUE;
        for (int j : window) {
            rounds = Math.min(rounds, Math.min(u[j].length, v[j].length));
        }
        double[] inverse = new double[rounds];
        double[] xs = java.util.Arrays.stream(window).mapToDouble(j -> x[j]).toArray();
        for (int r = 0; r < rounds; r++) {
            int round = r;
            LinearFit reference = LinearFit.relative(xs, java.util.Arrays.stream(window).mapToDouble(j -> u[j][round]).toArray());
            LinearFit other = LinearFit.relative(xs, java.util.Arrays.stream(window).mapToDouble(j -> v[j][round]).toArray());
            inverse[r] = other.inverseCrossing(reference);
        }
        Estimate e = Stats.medianInterpolated(inverse, Stats.CONFIDENCE);
        double lo = e.known() ? 1 / e.hi() : Double.NEGATIVE_INFINITY;
        double hi = e.known() ? (e.lo() > 0 ? 1 / e.lo() : Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY;
        return new Estimate(1 / e.value(), lo, hi, rounds, e.confidence());
    }

    /** The sizes each round's lines are fitted to: the two around the crossing, and those within WINDOW of it. */
    static int[] window(double[] x, int i, double crossing) {
        return java.util.stream.IntStream.range(0, x.length).filter(j -> j == i - 1 || j == i
                || x[j] >= crossing / WINDOW && x[j] <= crossing * WINDOW).toArray();
    }

    private static double median(double[] values) {
        return Stats.median(values).value();
    }

    /** The index of the first ratio above 1 that stays above at the next; -1 for none. */
    static int firstStaysAbove(double[] ratios) {
        for (int i = 0; i < ratios.length; i++) {
            if (ratios[i] > 1 && (i + 1 == ratios.length || ratios[i + 1] > 1)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the gap v - u, a straight line through (x0, g0) and (x1, g1), reaches 0: infinite where it does not fall; at least 1. */
    static double meet(double x0, double x1, double g0, double g1) {
        if (g0 - g1 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(1, x0 + g0 / (g0 - g1) * (x1 - x0));
    }
}
