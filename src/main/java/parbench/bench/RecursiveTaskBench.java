package parbench.bench;

import parbench.strategy.ForkJoinTasks;
import parbench.strategy.Strategy;

/**
 * Fork/join as a person writes it: a {@code RecursiveTask} that halves its range until a half is no
 * larger than the sequential threshold, forks one half, computes the other and joins, in a
 * {@code ForkJoinPool} of the worker count. The threshold scales with n: n / (4 x workers), four
 * leaves a worker, as the JDK's own parallel streams cut their ranges. This class splits as its API
 * does, not by the suite's declared policy (one equal chunk per worker): its figures say what
 * fork/join as documented gives, and the caller, a thread of the pool, works too.
 *
 * <p>The threshold is the lesson. ForkJoinTask's documentation asks for leaves of 100 to 10,000
 * basic steps; a step of range sum is one addition, far less than what a fork and a steal cost, so
 * leaves of that size turn a large range into thousands of forks, each paying that cost, and make
 * every fork of the JVM's figures scatter. A threshold that grows with n keeps the forks few: what
 * matters is the time a leaf takes against the time a fork costs, so measure before picking one.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar RecursiveTaskBench}
 */
public class RecursiveTaskBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new ForkJoinTasks(workerCount);
    }
}
