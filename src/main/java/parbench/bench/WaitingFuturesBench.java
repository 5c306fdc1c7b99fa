package parbench.bench;

import parbench.strategy.WaitingExecutor;

/**
 * The waiting work (see {@link WaitingBenchmark}) through {@code CompletableFuture.supplyAsync}
 * without an executor: what code that never names one gets. The JDK decides. On JDK 17-24 with a
 * common pool of parallelism below 2 (availableProcessors - 1, so on 2 processors) every task gets
 * a new platform thread: as many threads as tasks in flight, each started and ended per task. From
 * JDK 25 (JDK-8362881) every task goes to the common pool, whose one worker on 2 processors then
 * waits out every W in turn.
 *
 * <p>What can go wrong: the figure is the JDK's choice, not the mechanism's: the same code on the
 * same machine measures a thread per task on one JDK and one thread on the next.
 *
 * <p>Conclude: name an executor for tasks that wait; the report compares this with the best pool
 * at each wait share.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar WaitingFuturesBench -p blocking=park}
 */
public class WaitingFuturesBench extends WaitingBenchmark {
    @Override
    protected WaitingExecutor create() {
        return WaitingExecutor.futuresWithoutExecutor();
    }
}
