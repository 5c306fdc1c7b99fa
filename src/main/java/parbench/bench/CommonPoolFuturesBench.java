package parbench.bench;

import parbench.strategy.CompletableFutures;
import parbench.strategy.Strategy;

/**
 * {@code CompletableFuture.supplyAsync(task)} without an executor, one future per processor, then a
 * {@code join} of each: the line most code writes, and the one whose meaning the JDK changed.
 *
 * <p>Without an executor the JDK picks one. Up to JDK 24, where the common pool's parallelism is
 * below 2 (on 2 processors it is 1: processors - 1), each task gets a new thread of its own; from
 * JDK 25 (JDK-8362881) it always goes to the common pool, which on 2 processors is one worker. So on
 * a 2-processor host the same code runs its two chunks side by side on JDK 17 and one after the
 * other on JDK 25: CPU work gets no speedup, and four sleeping tasks take four sleeps instead of
 * one. The fix is to pass an executor ({@link FuturesBench}) or to give the common pool a
 * parallelism of at least 2 ({@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=2},
 * here {@code -jvmArgsAppend} on JMH's command line). On hosts with 3 or more processors both JDKs
 * use the common pool, and nothing changes.
 *
 * <p>Measured on 2 EPYC vCPUs, the same jar on both JDKs: at n = 50,000,000 it is 1.43× [1.40, 1.46]
 * faster than serial on JDK 17 and 0.97× [0.95, 0.99] on JDK 25 (0.97: serial's speed, plus the
 * hand-off); four sleeping tasks of 50 ms take 51.1 ms on JDK 17 and 201 ms on JDK 25
 * (results/amd-epyc-2cpu/20261202-060715.md and -054007.md; their comparison,
 * results/comparisons/20261202-062853-…md: +43.9% and +294% in time, p below 1e-14). With the
 * common pool's parallelism at 2, JDK 25 gives 1.82× [1.71, 1.91] and 101 ms
 * (results/amd-epyc-2cpu/20261202-062741.md). JDK 17's thread per task is not free either: 281 µs
 * [237, 390] per call more than serial at n = 1,000, two thread starts.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar CommonPoolFuturesBench -jvm /path/to/jdk-25/bin/java}
 */
public class CommonPoolFuturesBench extends StrategyBenchmark {
    @Override
    protected Strategy create() {
        return CompletableFutures.defaultExecutor();
    }
}
