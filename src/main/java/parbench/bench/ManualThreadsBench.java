package parbench.bench;

import parbench.strategy.ManualThreads;
import parbench.strategy.Strategy;

/**
 * Threads started and joined by hand on every call, each writing its partial result into its own
 * slot of an array, read after join() (which is what makes the writes visible).
 *
 * <p>Here, unlike in CPython, threads do run Java code in parallel: there is no global lock. What
 * they cost is the start: tens of microseconds per thread, paid on every call, which is why this
 * loses to a pool at small sizes and matches it at large ones. Thread creation is part of the
 * measured time on purpose: it is the lesson.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ManualThreadsBench -p workers=cores}
 */
public class ManualThreadsBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new ManualThreads(workerCount);
    }
}
