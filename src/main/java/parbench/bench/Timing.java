package parbench.bench;

/**
 * The suite's iteration defaults, written once for every benchmark class's annotations. A fork is
 * the unit of replication (the launcher runs each configuration in many forks, one per round of its
 * block), so a fork needs only enough iterations for its own median and a check that it has stopped
 * warming up: 2 warm-up iterations of 100 ms, long enough for the JIT to have compiled the kernel
 * in every strategy before anything is measured, and 3 measured iterations of 50 ms. Work that only
 * sleeps or starts a JVM has nothing for the JIT to warm and warms up for one iteration
 * ({@link #ONE_WARMUP}). More forks,
 * not longer ones, narrow an interval: a fork's iterations share one JVM (where its threads run, the
 * code its JIT made), so longer iterations in a fork leave the spread between forks as it was, and a
 * fork's JVM start and set-up cost the same however long it measures; shorter measured iterations
 * buy more forks in the same minutes. A measured iteration holds 5 of the kernel's CPU ticks a core,
 * enough for the load profiler's busy cores. Any -wi, -w, -i or -r on the command line overrides these.
 */
final class Timing {
    static final int WARMUP_ITERATIONS = 2;
    static final int WARMUP_MILLIS = 100;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final int MEASUREMENT_MILLIS = 50;
    /** The warm-up of work whose time is sleeping or a JVM's start: one iteration, to reach its steady pace. */
    static final int ONE_WARMUP = 1;

    private Timing() {
    }
}
