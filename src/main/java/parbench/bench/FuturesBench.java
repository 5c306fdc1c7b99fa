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
 * work is large.
 *
 * <p>Measured on 2 EPYC vCPUs with JDK 17 (results/amd-epyc-2cpu/20261202-060715.md): a call costs
 * 36.9 µs [22.1, 82.6] more than serial at n = 1,000, against the pool's 1.71 µs [1.46, 1.97], where
 * the caller runs chunks itself and spins briefly before it blocks: here the caller parks at once
 * and must be woken. So futures break even at 625,000 [468,000, 692,000], and at 50,000,000 reach
 * 1.68× [1.64, 1.72] against the pool's 1.89× [1.85, 1.93]: the idle caller's wake-up still shows
 * at 8 ms a call.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar FuturesBench}
 */
public class FuturesBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return CompletableFutures.onPool(workerCount);
    }
}
