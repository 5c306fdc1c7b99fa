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
 * <p>The report's comparison of two runs of one machine, one on JDK 17 and one on JDK 25, shows it
 * (results/README.md lists such comparisons): CPU work that scaled on 17 runs at serial speed on
 * 25, and four sleeping tasks take four sleeps instead of one. A thread per task is not free on 17
 * either: two thread starts a call, which the overhead table prices.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar CommonPoolFuturesBench -jvm /path/to/jdk-25/bin/java}
 */
public class CommonPoolFuturesBench extends StrategyBenchmark {
    @Override
    protected Strategy create() {
        return CompletableFutures.defaultExecutor();
    }
}
