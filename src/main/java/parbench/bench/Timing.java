package parbench.bench;

/**
 * The suite's iteration defaults, written once for every benchmark class's annotations. A fork is
 * the unit of replication (the launcher runs each configuration in many forks, one per round of its
 * block), so a fork needs only enough iterations for its own median and a check that it has stopped
 * warming up: 3 warm-up and 3 measured iterations of 100 ms (the load profiler reads the kernel's
 * ticks uncached: 10 ticks a core). More forks, not longer ones, narrow an interval: a fork's
 * iterations share one JVM (where its threads run, the code its JIT made), so more iterations in a
 * fork leave the spread between forks as it was. Any -wi, -w, -i or -r on the command line
 * overrides these.
 */
final class Timing {
    static final int WARMUP_ITERATIONS = 3;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final int ITERATION_MILLIS = 100;

    private Timing() {
    }
}
