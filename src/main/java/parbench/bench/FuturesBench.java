package parbench.bench;

import parbench.strategy.CompletableFutures;
import parbench.strategy.Strategy;

/**
 * One {@code CompletableFuture.supplyAsync(task, pool)} per chunk on a fixed pool of workers
 * threads, created once, then a {@code join} of each future: how most application code hands work
 * to threads today.
 *
 * <p>Unlike {@link FixedPoolBench} the caller only waits: every chunk is a hand-off to a pool
 * thread, and the caller's processor stays idle while they run. Compare the two at n = 1,000 for
 * the cost of a future and a wake-up, and at 50,000,000 for what an idle caller costs once the
 * work is large (nothing, where the pool has a thread per processor).
 *
 * <p>Run: {@code java -jar target/benchmarks.jar FuturesBench}
 */
public class FuturesBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return CompletableFutures.onPool(workerCount);
    }
}
