package parbench.bench;

/**
 * The suite's iteration defaults, written once for every benchmark class's annotations. A fork is
 * the unit of replication (the launcher runs 8 of each configuration, one per round), so a fork
 * needs only enough iterations for its own median: 1 warm-up and 3 measured iterations of 300 ms
 * (the load profiler reads OSHI's ticks uncached, so 300 ms is long enough for it). Any -wi, -w,
 * -i or -r on the command line overrides these.
 */
final class Timing {
    static final int WARMUP_ITERATIONS = 1;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final int ITERATION_MILLIS = 300;

    private Timing() {
    }
}
