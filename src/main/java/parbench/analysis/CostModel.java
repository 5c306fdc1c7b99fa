package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.CurveCrossing;
import parbench.stats.Estimate;
import parbench.stats.LinearFit;
import parbench.stats.Stats;

/**
 * One strategy's cost on one workload over the size sweep: time(n) = a + b*n, where a is what a call
 * pays to spread the work (starting, handing off, joining) and b what each element costs once
 * spread. The serial loop has its own a and b; the strategy beats it from n* = (a - a0) / (b0 - b),
 * the break-even size.
 *
 * <p>Each round (one fork of every size) gets its own fit, by least squares on relative error, and
 * each figure is the median over rounds with its interval, as every other figure of a run is: the
 * fork is the unit of replication, and a bad round moves a median little. The break-even is
 * estimated as its inverse, 1 / n*, which is 0 where the strategy never catches up, so rounds that
 * never break even can be ordered with those that do.
 *
 * <p>A line is a claim, and it can be wrong: a pool whose caller works too does most of a small
 * call alone while a helper wakes, so its speedup climbs over four decades where a + b*n jumps in
 * one, and the line's n* then lands far below where the pool really starts to pay, by a factor of
 * about ten in a committed run (docs/history.md).
 * So the break-even the verdict uses is the measured one: where the speedup curve, each size's
 * Hodges-Lehmann ratio, rises through 1 to stay above it: in each round, where the lines through
 * serial's and the strategy's times at the two sizes around it meet (a + b*n, locally); the figure
 * is the median over rounds with its interval
 * ({@link CurveCrossing}). The line's n* stands beside it, and each size where the line misses the
 * measured speedup is marked.
 *
 * @param points      the strategy's points, ascending by size (each with a serial point of its size)
 * @param perCall     a, in seconds
 * @param perElement  b, in seconds per element
 * @param inverseBreakEven 1 / n*: 0 for never, 1 for from the first element
 * @param directPerCall time minus serial time at the smallest size: a measured without the model
 * @param crossing    the measured break-even: infinite for a curve that never stays above 1, the smallest size
 *                    for one above 1 from there on
 */
public record CostModel(Series series, String workersSymbol, List<Point> points, Estimate perCall, Estimate perElement,
        Estimate inverseBreakEven, Estimate directPerCall, Estimate crossing) {

    /** Fewer sizes than this cannot test a two-parameter line. */
    static final int FEWEST_SIZES = 3;

    /** A prediction off the measured speedup by more than this, and outside its interval, is a misfit. */
    public static final double MISFIT = 0.10;

    /** The serial loop's own line, fitted per round over the sizes it was measured at. */
    public record Baseline(List<Point> points, Estimate perCall, Estimate perElement) {
        public double time(long n) {
            return perCall.value() + perElement.value() * n;
        }
    }

    /** The model against the measurement at one size. */
    public record Check(Point point, Optional<Estimate> measured, double predicted) {
        public boolean misfit() {
            return measured.filter(m -> !m.contains(predicted) && Math.abs(Math.log(predicted / m.value())) > Math.log1p(MISFIT))
                    .isPresent();
        }
    }

    public static Optional<Baseline> baseline(SuiteRun run, Workload w) {
        List<Point> serial = run.sizes(w).stream().map(n -> run.serial(w, n)).flatMap(Optional::stream).toList();
        if (serial.size() < FEWEST_SIZES) {
            return Optional.empty();
        }
        List<LinearFit> fits = perRound(serial);
        return Optional.of(new Baseline(serial, median(fits.stream().mapToDouble(LinearFit::a).toArray()),
                median(fits.stream().mapToDouble(LinearFit::b).toArray())));
    }

    /** The models of every strategy measured at FEWEST_SIZES sizes or more, in table order. */
    public static List<CostModel> of(Figures figures, Workload w) {
        List<CostModel> models = new ArrayList<>();
        figures.suite().strategiesFor(w).forEach((series, symbol) -> of(figures, w, series, symbol).ifPresent(models::add));
        return models;
    }

    public static Optional<CostModel> of(Figures figures, Workload w, Series series, String symbol) {
        SuiteRun run = figures.suite();
        List<Point> points = new ArrayList<>();
        List<Point> serial = new ArrayList<>();
        for (long n : run.sizes(w)) {
            Optional<Point> p = run.find(w, n, series, symbol);
            Optional<Point> s = run.serial(w, n);
            if (p.isPresent() && s.isPresent()) {
                points.add(p.get());
                serial.add(s.get());
            }
        }
        if (points.size() < FEWEST_SIZES) {
            return Optional.empty();
        }
        List<LinearFit> fits = perRound(points);
        List<LinearFit> serialFits = perRound(serial);
        int rounds = Math.min(fits.size(), serialFits.size());
        double[] inverse = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            inverse[r] = fits.get(r).inverseCrossing(serialFits.get(r));
        }
        double[] sizes = points.stream().mapToDouble(Point::size).toArray();
        Estimate[] speedups = new Estimate[points.size()];
        for (int i = 0; i < speedups.length; i++) {
            speedups[i] = figures.of(points.get(i)).speedup().orElseThrow();
        }
        return Optional.of(new CostModel(series, symbol, points, median(fits.stream().mapToDouble(LinearFit::a).toArray()),
                median(fits.stream().mapToDouble(LinearFit::b).toArray()), median(inverse),
                Ratios.difference(points.get(0), serial.get(0)),
                CurveCrossing.of(sizes, speedups, times(serial), times(points))));
    }

    private static double[][] times(List<Point> points) {
        return points.stream().map(Point::forkTimes).toArray(double[][]::new);
    }

    /** One fit per round: round r's fork of every size. */
    private static List<LinearFit> perRound(List<Point> points) {
        int rounds = points.stream().mapToInt(p -> p.forkTimes().length).min().orElse(0);
        double[] sizes = points.stream().mapToDouble(Point::size).toArray();
        List<LinearFit> fits = new ArrayList<>(rounds);
        for (int r = 0; r < rounds; r++) {
            int round = r;
            fits.add(LinearFit.relative(sizes, points.stream().mapToDouble(p -> p.forkTimes()[round]).toArray()));
        }
        return fits;
    }

    private static Estimate median(double[] perRound) {
        return Stats.medianInterpolated(perRound, Stats.CONFIDENCE);
    }

    public double time(long n) {
        return perCall.value() + perElement.value() * n;
    }

    /** The line's break-even size n*, its interval's ends (infinite where the strategy may never catch up). */
    public Estimate breakEven() {
        return fromInverse(inverseBreakEven);
    }

    /** The measured speedups (their medians) never rise above 1 to stay there. */
    public boolean neverCrosses() {
        return crossing.value() == Double.POSITIVE_INFINITY;
    }

    private static Estimate fromInverse(Estimate u) {
        return u.known() ? new Estimate(1 / u.value(), 1 / u.hi(), 1 / u.lo(), u.n(), u.confidence())
                : new Estimate(1 / u.value(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, u.n(), u.confidence());
    }

    /** The strategy never catches up with serial: the slope is no better in half the rounds or more. */
    public boolean never() {
        return inverseBreakEven.value() == 0;
    }

    /** The model's speedup at each size measured, beside the measured one. */
    public List<Check> checks(Figures figures, Baseline serial) {
        return points.stream().map(p -> new Check(p, figures.of(p).speedup(), serial.time(p.size()) / time(p.size()))).toList();
    }
}
