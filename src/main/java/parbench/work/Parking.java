package parbench.work;

import java.util.concurrent.locks.LockSupport;

/**
 * Blocking by parking until a deadline: a platform thread sleeps in the kernel, a virtual thread
 * gives its carrier back. The kernel's timer slack (50 µs by default on Linux) and the wake-up
 * add to the wait; the task measures what it got. Parking, not Thread.sleep: on JDK 17 a sleep
 * shorter than a millisecond rounds up to one.
 */
public final class Parking implements Blocking {
    public static final String NAME = "park";

    @Override
    public long block(int slot, long nanos, long token) {
        park(nanos);
        return token;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Parks until nanos have passed (parkNanos may return early); an interrupt ends the task with an error. */
    public static void park(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting");
            }
        }
    }
}
