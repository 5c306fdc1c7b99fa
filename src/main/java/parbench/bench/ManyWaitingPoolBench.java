package parbench.bench;

import org.openjdk.jmh.annotations.Param;
import parbench.strategy.WaitingExecutor;
import parbench.work.GoetzRule;

/**
 * 10,000 tasks that compute briefly and wait 10 ms each (see {@link ManyWaitingBenchmark}), on a
 * fixed pool: of 200 threads, a servlet container's common default, or of the size Goetz's rule
 * gives ({@code poolSize=goetz}: cores x (1 + W / C), at most one thread per task).
 *
 * <p>With 200 threads the batch runs in waves of 200: its time is about the tasks over 200 times
 * the wait, however idle the cores. The rule's pool, for a wait a thousand times the compute, has
 * thousands of threads: the batch then takes about what its computing takes over the cores, but
 * every thread has a stack of its own, resident outside the heap.
 *
 * <p>What can go wrong: the pool's threads are made before the batches, so the time leaves their
 * start out while the memory counts them; thousands of threads also cost the scheduler, which the
 * time includes.
 *
 * <p>Conclude: what the rule's speed costs in memory, beside virtual threads
 * ({@link ManyWaitingVirtualThreadsBench}) doing the same batch.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar ManyWaitingPoolBench}
 */
public class ManyWaitingPoolBench extends ManyWaitingBenchmark {
    @Param({"200", GoetzRule.PARAM_VALUE})
    public String poolSize;

    @Override
    protected WaitingExecutor create() {
        return WaitingExecutor.fixedPool(threads());
    }

    private int threads() {
        if (poolSize.equals(GoetzRule.PARAM_VALUE)) {
            int goetz = GoetzRule.poolSize(Runtime.getRuntime().availableProcessors(), waitNanos(), computeNanos());
            return Math.min(goetz, tasks);
        }
        return Integer.parseInt(poolSize);
    }
}
