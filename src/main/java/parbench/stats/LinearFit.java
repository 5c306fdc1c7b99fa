package parbench.stats;

/**
 * A straight line y = a + b*x fitted by least squares on relative error: each point is weighted by
 * 1 / y^2, so a point at 1 µs counts as much as one at 100 ms. Timings spread over five decades of
 * size have errors proportional to their size; an unweighted fit would let the largest sizes set
 * the intercept, which is the per-call cost the smallest sizes measure.
 */
public record LinearFit(double a, double b) {

    /** The fit through (x[i], y[i]); needs two distinct x and positive y. */
    public static LinearFit relative(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a line needs two points or more, got " + x.length);
        }
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 1 / (y[i] * y[i]);
            s += w;
            sx += w * x[i];
            sy += w * y[i];
            sxx += w * x[i] * x[i];
            sxy += w * x[i] * y[i];
        }
        double b = (s * sxy - sx * sy) / (s * sxx - sx * sx);
        return new LinearFit((sy - b * sx) / s, b);
    }

    public double at(double x) {
        return a + b * x;
    }

    /**
     * Where this line drops below a reference line and stays there, as an inverse (1 / x) so that
     * "never" is 0 and the value can be ordered and interpolated like any other: 1 / x* where
     * x* = (a - ref.a) / (ref.b - b) > 1; 1 where this line is below from the start; 0 where its slope
     * is no smaller than the reference's, so that it never stays below.
     */
    public double inverseCrossing(LinearFit reference) {
        double slopeGain = reference.b - b;
        double headStart = a - reference.a;
        if (slopeGain <= 0) {
            return 0;
        }
        return headStart <= slopeGain ? 1 : slopeGain / headStart;
    }
}
