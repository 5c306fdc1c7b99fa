package parbench.work;

/**
 * The textbook pool size for tasks that compute for C and then wait for W (Goetz et al., Java
 * Concurrency in Practice, 8.2): threads = cores x U x (1 + W / C), U the target utilisation of the
 * processors, here 1. While one thread waits, others can compute: with W / C = 9 each thread keeps
 * a processor busy a tenth of its time, so ten threads a processor keep it busy all of it.
 */
public final class GoetzRule {
    /** The pool-size parameter's value that asks for the rule's size. */
    public static final String PARAM_VALUE = "goetz";
    /** The target utilisation: every processor busy. */
    public static final double UTILISATION = 1.0;

    private GoetzRule() {
    }

    /** cores x U x (1 + wait / compute), in threads (not rounded: the rule's own number). */
    public static double threads(int cores, double waitNanos, double computeNanos) {
        if (cores < 1 || computeNanos <= 0 || waitNanos < 0) {
            throw new IllegalArgumentException("need cores >= 1, compute > 0 and wait >= 0; got " + cores + ", "
                    + computeNanos + ", " + waitNanos);
        }
        return cores * UTILISATION * (1 + waitNanos / computeNanos);
    }

    /** The rule for a wait share W / (W + C) in percent: W / C = p / (100 - p), whatever C is. */
    public static double threadsForShare(int cores, int waitPercent) {
        return threads(cores, MixedWork.waitNanos(1, waitPercent), 1);
    }

    /** The rule's size as a pool is made: rounded up to a whole thread, and at least 1. */
    public static int poolSize(int cores, double waitNanos, double computeNanos) {
        return (int) Math.max(1, Math.ceil(threads(cores, waitNanos, computeNanos) - 1e-9));
    }
}
