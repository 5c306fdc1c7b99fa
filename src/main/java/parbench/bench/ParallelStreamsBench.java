package parbench.bench;

import parbench.strategy.ParallelStreams;
import parbench.strategy.Strategy;

/**
 * A parallel stream over the suite's equal chunks, run inside a ForkJoinPool of the worker count (a
 * stream started from a pool's thread runs in that pool, not the common one). As in every stream,
 * the thread that runs the terminal operation joins the work: streams are ranked as their users get
 * them, not under the declared policy's idle caller.
 *
 * <p>For CPU work this behaves like a pool. For the sleeping tasks it shows what a ForkJoinPool is
 * not for: its threads block while they sleep, and the pool does not add threads for them, so
 * sleeping work runs only workers-wide. See {@link CommonPoolStreamsBench} for what a plain
 * .parallel() does.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ParallelStreamsBench}
 */
public class ParallelStreamsBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return ParallelStreams.sizedPool(workerCount);
    }
}
