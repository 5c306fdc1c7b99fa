package parbench.bench;

import parbench.strategy.ManualThreads;
import parbench.strategy.Strategy;

/**
 * Threads started and joined by hand on every call, each writing its partial result into its own
 * slot of an array, read after join() (which is what makes the writes visible).
 *
 * <p>Here, unlike in CPython, threads do run Java code in parallel: there is no global lock. What
 * they cost is the start, paid on every call: on this 2-vCPU VM about 0.3 ms before the new thread
 * runs (the JVM and the new thread hand over to each other across vCPUs; pinned to one vCPU the
 * same start takes about 0.1 ms). That is why this loses to a pool at small sizes and still trails
 * it by a few percent at 50,000,000. Thread creation is part of the measured time on purpose: it
 * is the lesson.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ManualThreadsBench -p workers=cores}
 */
public class ManualThreadsBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new ManualThreads(workerCount);
    }
}
