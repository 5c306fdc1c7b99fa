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
 *
 * <p>Where the lines give no crossing although the medians do (most rounds' lines never meet: a
 * fork/join pool whose time over those sizes is no straight line; docs/history.md names the run), or
 * where their interval reaches beyond the sizes they were fitted to by more than the window's factor
 * (a few rounds' lines meeting far off, an extrapolation no size supports), the sizes bracket it
 * themselves: from the last size before the crossing whose ratio's interval is wholly below 1 to
 * the first after it wholly above 1, the estimate interpolated in log x between the two sizes
 * around it, as the charts draw the sizes.
 */
public final class CurveCrossing {
    /** Sizes within this factor of the crossing join the two around it in each round's lines. */
    static final double WINDOW = 2;

    private CurveCrossing() {
    }

    /**
     * @param x      ascending, positive
     * @param ratios u / v at each x, with its interval
     * @param u      u's samples at each x, by round
     * @param v      v's samples at each x, by round, paired with u's
     * @return infinite for a ratio that never stays above 1; x[0] (no interval) for one above 1 from the first x
     */
    public static Estimate of(double[] x, Estimate[] ratios, double[][] u, double[][] v) {
        int i = firstStaysAbove(java.util.Arrays.stream(ratios).mapToDouble(Estimate::value).toArray());
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
        if (!(e.value() > 0)) {
            return bySizes(x, ratios, i, rounds);
        }
        double lo = e.known() ? 1 / e.hi() : Double.NEGATIVE_INFINITY;
        double hi = e.known() ? (e.lo() > 0 ? 1 / e.lo() : Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY;
        if (e.known() && (lo < xs[0] / WINDOW || Double.isFinite(hi) && hi > xs[xs.length - 1] * WINDOW)) {
            return bySizes(x, ratios, i, rounds); // an end extrapolated far beyond the sizes the lines were fitted to
        }
        return new Estimate(1 / e.value(), lo, hi, rounds, e.confidence());
    }

    /**
     * The crossing between x[i - 1] and x[i] in log x, bracketed by the nearest sizes whose ratios
     * are wholly below and wholly above 1 (0 and infinity where no size is).
     */
    static Estimate bySizes(double[] x, Estimate[] ratios, int i, int rounds) {
        double r0 = Math.log(ratios[i - 1].value());
        double r1 = Math.log(ratios[i].value());
        double t = r1 > r0 ? Math.max(0, Math.min(1, -r0 / (r1 - r0))) : 1;
        double at = Math.exp(Math.log(x[i - 1]) + t * (Math.log(x[i]) - Math.log(x[i - 1])));
        double lo = 0;
        for (int j = 0; j < i; j++) {
            lo = ratios[j].hi() < 1 ? x[j] : lo;
        }
        double hi = Double.POSITIVE_INFINITY;
        for (int j = x.length - 1; j >= i; j--) {
            hi = ratios[j].lo() > 1 ? x[j] : hi;
        }
        return new Estimate(at, lo, hi, rounds, Stats.CONFIDENCE);
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
