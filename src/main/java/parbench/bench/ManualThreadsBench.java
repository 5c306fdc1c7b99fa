package parbench.bench;

import parbench.strategy.ManualThreads;
import parbench.strategy.Strategy;

/**
 * Threads started and joined by hand on every call, each writing its partial result into its own
 * slot of an array, read after join() (which is what makes the writes visible).
 *
 * <p>Here, unlike in CPython, threads do run Java code in parallel: there is no global lock. What
 * they cost is the start, paid on every call: the JVM and the new thread hand over to each other,
 * and on a VM each hand-over that crosses vCPUs is slow. That is why this loses to a pool at small
 * sizes and still trails it by a few percent at 50,000,000. Thread creation is part of the measured
 * time on purpose: it is the lesson.
 *
 * <p>The evidence, from results/intel-xeon-2cpu/20261122-044832.md (2 vCPUs, JDK 17), its Overheads
 * table at range sum of 10,000: a started thread costs 157 µs [133, 172] (start + join), a hand-off
 * to a pool thread 1.99 µs [1.56, 2.67]; at 10,000 elements manual threads at workers = cores take
 * 260 µs where the serial loop takes 3.64 µs.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ManualThreadsBench -p workers=cores}
 */
public class ManualThreadsBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new ManualThreads(workerCount);
    }
}
