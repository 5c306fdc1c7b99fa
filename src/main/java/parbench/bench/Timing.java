package parbench.bench;

/**
 * The suite's iteration defaults, written once for every benchmark class's annotations. A fork is
 * the unit of replication (the launcher runs 8 of each configuration, one per round), so a fork
 * needs only enough iterations for its own median: 1 warm-up and 3 measured iterations of 200 ms
 * (the load profiler reads OSHI's ticks uncached, so 200 ms, 20 ticks a core, is long enough for
 * it). Measuring dominates a fork's cost (about 0.3 s more starts the JVM), so this is what lets the
 * size sweep fit in the default run. Any -wi, -w,
 * -i or -r on the command line overrides these.
 */
final class Timing {
    static final int WARMUP_ITERATIONS = 1;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final int ITERATION_MILLIS = 200;

    private Timing() {
    }
}
