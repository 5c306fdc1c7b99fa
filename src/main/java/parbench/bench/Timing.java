package parbench.bench;

/**
 * The suite's iteration defaults, written once for every benchmark class's annotations. A fork is
 * the unit of replication (the launcher runs each configuration in many forks, one per round of its
 * block), so a fork needs only enough iterations for its own median and a check that it has stopped
 * warming up: 3 warm-up and 3 measured iterations of 100 ms (the load profiler reads the kernel's
 * ticks uncached: 10 ticks a core). In the committed runs the forks' medians differ by 2-4% from one
 * fork to the next and iterations within a fork by 0.5-2%, so more forks, not longer ones, narrow an
 * interval. A fork costs about 0.34 s besides its iterations (the JVM's start, JMH's set-up); the
 * pilot's 546 forks took 11 min 20 s, 1.25 s each on average, since an iteration lasts at least one
 * operation and sleeps and child JVMs take 50-200 ms an operation. Any -wi, -w, -i or -r on the command line overrides these.
 */
final class Timing {
    static final int WARMUP_ITERATIONS = 3;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final int ITERATION_MILLIS = 100;

    private Timing() {
    }
}
