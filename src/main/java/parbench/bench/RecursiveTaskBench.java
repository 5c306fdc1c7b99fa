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
 * <p>The threshold is the lesson: a leaf of 10,000 additions is a few microseconds, so a range sum
 * of 50,000,000 forks 5,000 leaves, and work stealing keeps both workers busy to the end; below
 * 10,000 elements there is one leaf, and the pool is only a slower way to run it serially.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar RecursiveTaskBench}
 */
public class RecursiveTaskBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new ForkJoinTasks(workerCount);
    }
}
