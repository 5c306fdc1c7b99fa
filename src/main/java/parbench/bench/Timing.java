package parbench.bench;

/**
 * The suite's iteration defaults, written once for every benchmark class's annotations. A fork is
 * the unit of replication (the launcher runs each configuration in many forks, one per round of
 * its block), so a fork needs only enough iterations for its own median and a check that it has
 * stopped warming up: 3 warm-up and 3 measured iterations of 100 ms (the load profiler reads the
 * kernel's ticks uncached: 10 ticks a core). More forks, not longer ones, narrow an interval: a
 * fork's iterations share one JVM (where its threads run, the code its JIT made), so on the 2-vCPU
 * AMD EPYC host on 2026-12-04, 12 forks of 6 measured iterations at 50,000,000 spread as much as
 * 12 of 3 (the pool's fork medians 6.0% and 4.7%, the queue's 6.2% and 4.4%, the ceiling's 2.4%
 * and 2.3%), and 10 forks of 15 at 100,000 and 1,000,000 no less than 10 of 3 (in a noisier
 * quarter-hour), though within a fork the pool's iterations spread 13-21% there. A fork costs
 * about 0.34 s besides its iterations (the JVM's start, JMH's set-up; less where the forks map the
 * launcher's class-data archive); the pilot's 546 forks took 11 min 20 s, 1.25 s each on average,
 * since an iteration lasts at least one operation and sleeps and child JVMs take 50-200 ms an
 * operation. Any -wi, -w, -i or -r on the command line overrides these.
 */
final class Timing {
    static final int WARMUP_ITERATIONS = 3;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final int ITERATION_MILLIS = 100;

    private Timing() {
    }
}
