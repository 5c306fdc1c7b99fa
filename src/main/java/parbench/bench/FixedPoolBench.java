package parbench.bench;

import parbench.strategy.FixedThreadPool;
import parbench.strategy.Strategy;
import parbench.work.Tuning;

/**
 * A fixed thread pool (ExecutorService), created once in setup; a call submits one equal chunk per
 * worker and waits on the futures: what most code does with an executor.
 *
 * <p>The threads already exist, so a call pays a queue hand-off and a wake-up per chunk, a few
 * microseconds, and the caller's processor idles while they run. Compare with
 * {@link ManualThreadsBench} at n = 1,000 to see what starting threads costs, and at 50,000,000 to
 * see that it stops mattering; with {@link FuturesBench}, the same pool behind CompletableFuture,
 * to see what the API costs. More workers than cores (2xcores) buys nothing for CPU work and is
 * free for sleeping work.
 *
 * <p>Its tuning parameters ({@link TunedBenchmark}) show what the caller's idle processor and the
 * last worker's late start cost: a caller that takes a chunk itself, chunks that shrink so that a
 * late worker takes fewer, a brief spin before blocking. From what size a pool pays depends on them
 * as much as on the pool: the report's section "What the tuning is worth" sets each beside the gaps
 * between mechanisms.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar FixedPoolBench -p split=equal -p caller=waits -p spin=off}
 */
public class FixedPoolBench extends TunedBenchmark {
    @Override
    protected Strategy create(int workerCount, Tuning tuning) {
        return new FixedThreadPool(workerCount, tuning);
    }
}
