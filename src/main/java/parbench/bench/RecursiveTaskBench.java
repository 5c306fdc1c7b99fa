package parbench.bench;

import parbench.strategy.ForkJoinTasks;
import parbench.strategy.Strategy;

/**
 * Fork/join as a person writes it: a {@code RecursiveTask} that halves its range until a half is
 * at most 10,000 elements (the sequential threshold), forks one half, computes the other and joins,
 * in a {@code ForkJoinPool} of the worker count. Parallel streams do the same inside, with a
 * threshold of their own (about four leaves per worker); here the threshold is the one
 * RecursiveTask's documentation gives, 100 to 10,000 basic steps a leaf.
 *
 * <p>The threshold is the lesson. A "basic step" of range sum is an addition, about 0.3 ns, so a leaf
 * of 10,000 is 3 µs of work: about what a steal and a wake-up cost on a small VM. Measured on 2
 * EPYC vCPUs with JDK 17 (results/amd-epyc-2cpu/20261202-060715.md): at n = 1,000,000 (100 leaves)
 * fork/join tasks take 377 µs against serial's 294 µs, 0.79×, where the fixed pool's few guided
 * chunks give 1.52×; they break even only at 1,700,000 [1,520,000, 1,960,000] and reach 1.70×
 * [1.65, 1.74] at 50,000,000 (5,000 leaves), against the pool's 1.89×. The documentation's rule
 * counts steps; what matters is the time a leaf takes against the time a fork costs, so measure
 * before picking a threshold. Below 10,000 elements there is one leaf, and the pool is only a
 * slower way to run it serially (36 µs more than serial at n = 1,000).
 *
 * <p>Run: {@code java -jar target/benchmarks.jar RecursiveTaskBench}
 */
public class RecursiveTaskBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new ForkJoinTasks(workerCount);
    }
}
