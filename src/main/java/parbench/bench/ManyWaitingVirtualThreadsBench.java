package parbench.bench;

import parbench.strategy.WaitingExecutor;

/**
 * The same batch of 10,000 tasks that compute briefly and wait 10 ms each (see
 * {@link ManyWaitingBenchmark}), on a virtual thread per task (JDK 21+): all of them wait at once,
 * on the JVM's carriers, one per processor.
 *
 * <p>What can go wrong: starting 10,000 virtual threads is work for the submitting thread, which
 * the time includes; their stacks live in the heap, so they show in the heap and its collections
 * rather than as resident memory.
 *
 * <p>Conclude: whether a virtual thread per task matches the rule's pool in time, and at what
 * memory, beside {@link ManyWaitingPoolBench}.
 *
 * <p>On JDK 17 the launcher leaves this class out and says so. Run: {@code java -jar
 * target/benchmarks.jar ManyWaitingVirtualThreadsBench -jvm /usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
 */
public class ManyWaitingVirtualThreadsBench extends ManyWaitingBenchmark {
    @Override
    protected WaitingExecutor create() {
        return WaitingExecutor.virtualThreads();
    }
}
