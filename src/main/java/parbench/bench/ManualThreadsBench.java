package parbench.bench;

import parbench.strategy.ManualThreads;
import parbench.strategy.Strategy;
import parbench.work.Tuning;

/**
 * Threads started and joined by hand on every call, one per equal chunk, each writing its partial
 * result into its own slot of an array, read after join() (which is what makes the writes visible).
 *
 * <p>Here, unlike in CPython, threads do run Java code in parallel: there is no global lock. What
 * they cost is the start, paid on every call: the JVM and the new thread hand over to each other,
 * and on a VM each hand-over that crosses processors is slow. That is why this loses to a pool at
 * small sizes (the report's overhead table prices a start against a pool's hand-off) and why its
 * break-even lies far above the pool's. Thread creation is part of the measured time on purpose: it
 * is the lesson.
 *
 * <p>Its tuning parameters ({@link TunedBenchmark}) matter more here than for a pool: a caller that
 * runs a chunk itself starts one thread fewer, and shrinking chunks let the thread that started
 * last take less.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ManualThreadsBench -p workers=cores -p split=equal -p caller=waits -p spin=off}
 */
public class ManualThreadsBench extends TunedBenchmark {
    @Override
    protected Strategy create(int workerCount, Tuning tuning) {
        return new ManualThreads(workerCount, tuning);
    }
}
