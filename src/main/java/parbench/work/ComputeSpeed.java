package parbench.work;

import java.util.function.LongUnaryOperator;

/**
 * How many elements of the range-sum kernel this JVM sums in a microsecond: what sizes a waiting
 * task's compute C. The kernel is warmed up until the JIT has compiled it as the tasks will run it
 * (many short calls, not one long loop), then timed several times; the fastest time counts, since
 * on a shared machine a slower one measured someone else's work too. Every sum is checked.
 */
public final class ComputeSpeed {
    /** Warm-up: this many calls of {@link #WARMUP_ELEMENTS} each, enough for the JIT's last tier. */
    static final int WARMUP_CALLS = 20_000;
    static final long WARMUP_ELEMENTS = 10_000;
    /** Timed runs, each of about {@link #TIMED_MICROS}. */
    static final int TIMED_RUNS = 30;
    static final double TIMED_MICROS = 1_000;

    private ComputeSpeed() {
    }

    /** Elements per microsecond of the range-sum kernel here and now. */
    public static double elementsPerMicro() {
        return elementsPerMicro(ComputeSpeed::timedSum);
    }

    /**
     * The calibration itself, given what a run of n elements takes (in nanoseconds): warm up, guess
     * the speed from the warm-up's last call, then the fastest of the timed runs of about
     * {@link #TIMED_MICROS} each.
     */
    static double elementsPerMicro(LongUnaryOperator nanosFor) {
        long nanos = 0;
        for (int i = 0; i < WARMUP_CALLS; i++) {
            nanos = nanosFor.applyAsLong(WARMUP_ELEMENTS);
        }
        double guess = WARMUP_ELEMENTS * 1e3 / Math.max(1, nanos);
        long n = Math.max(WARMUP_ELEMENTS, Math.round(guess * TIMED_MICROS));
        long fastest = Long.MAX_VALUE;
        for (int r = 0; r < TIMED_RUNS; r++) {
            fastest = Math.min(fastest, nanosFor.applyAsLong(n));
        }
        return n * 1e3 / Math.max(1, fastest);
    }

    /** Times one checked range sum of n elements. */
    private static long timedSum(long n) {
        long start = System.nanoTime();
        long sum = RangeSumKernel.sum(0, n);
        long took = System.nanoTime() - start;
        RangeSumKernel.check(n, sum);
        return took;
    }
}
