package parbench.bench;

import parbench.strategy.CompletableFutures;
import parbench.strategy.Strategy;

/**
 * One {@code CompletableFuture.supplyAsync(chunk, pool)} per equal chunk on a fixed pool of workers
 * threads, created once, then a {@code join} of each future: how most application code hands work
 * to threads today.
 *
 * <p>The pool, the chunks and the idle caller are those of {@link FixedPoolBench} under the declared
 * policy; only the API differs (a CompletableFuture per chunk instead of a Future from submit()).
 * Where the two differ, that difference is what the API costs. For what the caller's idle processor
 * costs, see the fixed pool's tuning parameters.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar FuturesBench}
 */
public class FuturesBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return CompletableFutures.onPool(workerCount);
    }
}
