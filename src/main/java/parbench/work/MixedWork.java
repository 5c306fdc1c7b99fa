package parbench.work;

/**
 * The waiting work's task: compute for C, then block for W. The computing is the range-sum kernel
 * over a block of elements sized to take C on this machine ({@link ComputeSpeed}); the blocking is
 * a {@link Blocking}: parking for W, or a socket round trip answered after W. Task k sums its own
 * range (one of {@link #RANGES}, in turn) and sends its own number as the blocking call's token, so
 * a result handed back for the wrong task, lost or made up fails its check.
 */
public final class MixedWork {
    /**
     * Tasks in flight in the waiting work's steady stream: twice the largest pool of a plain run's
     * sweep, so that a pool always has work queued, and the concurrency virtual threads and
     * supplyAsync get (a thread per task in flight). Larger pools get twice their size.
     */
    public static final int IN_FLIGHT = 512;

    /** Tasks cycle over this many distinct ranges: neighbouring tasks' right answers differ. */
    static final int RANGES = 64;

    private final long elements;
    private final long waitNanos;
    private final Blocking blocking;

    /**
     * @param elements  how many elements each task sums (its C)
     * @param waitNanos how long each task blocks after computing (its W)
     */
    public MixedWork(long elements, long waitNanos, Blocking blocking) {
        if (elements < 1 || waitNanos < 0) {
            throw new IllegalArgumentException("need elements >= 1 and wait >= 0; got " + elements + ", " + waitNanos);
        }
        this.elements = elements;
        this.waitNanos = waitNanos;
        this.blocking = blocking;
    }

    /**
     * What one task reports.
     *
     * @param task        the task's number
     * @param slot        the in-flight slot it ran in (its connection, for a socket round trip)
     * @param sum         its range sum
     * @param token       what its blocking call handed back (its own number, if the call worked)
     * @param computedNanos how long its computing took, wall-clock: C, plus any time its thread waited for a processor
     * @param waitedNanos   how long it was blocked: W, plus the timer's slack and the wake-up
     */
    public record Outcome(long task, int slot, long sum, long token, long computedNanos, long waitedNanos) {
    }

    /** Runs task number {@code task}: its range sum, then its blocking call. */
    public Outcome run(long task, int slot) {
        long from = from(task);
        long start = System.nanoTime();
        long sum = RangeSumKernel.sum(from, from + elements);
        long computed = System.nanoTime();
        long token = blocking.block(slot, waitNanos, task);
        return new Outcome(task, slot, sum, token, computed - start, System.nanoTime() - computed);
    }

    /** Throws unless the outcome is task {@code task}'s: its own number, its range's sum, its own token back. */
    public void check(long task, Outcome o) {
        Answers.check("number of the task that reported back in its slot", task, o.task());
        Answers.check("range sum of task " + task, expected(task), o.sum());
        Answers.check("token task " + task + "'s blocking call handed back", task, o.token());
    }

    /** Task k's right sum: N(N-1)/2 at its range's end less the same at its start. */
    public long expected(long task) {
        long from = from(task);
        return RangeSumKernel.expected(from + elements) - RangeSumKernel.expected(from);
    }

    private long from(long task) {
        return Math.floorMod(task, RANGES) * elements;
    }

    public long elements() {
        return elements;
    }

    public long waitNanos() {
        return waitNanos;
    }

    /** W for a compute time C and a wait share W / (W + C) in percent: C x p / (100 - p). */
    public static long waitNanos(double computeNanos, int waitPercent) {
        if (waitPercent < 0 || waitPercent >= 100) {
            throw new IllegalArgumentException("a wait share is 0 to 99 percent, was " + waitPercent);
        }
        return Math.round(computeNanos * waitPercent / (100.0 - waitPercent));
    }

    /** The elements that take computeMicros at a calibrated speed: at least one. */
    public static long elements(double elementsPerMicro, double computeMicros) {
        if (!(elementsPerMicro > 0) || !(computeMicros > 0)) {
            throw new IllegalArgumentException("need a positive speed and compute time; got " + elementsPerMicro
                    + " elements/µs, " + computeMicros + " µs");
        }
        return Math.max(1, Math.round(elementsPerMicro * computeMicros));
    }
}
