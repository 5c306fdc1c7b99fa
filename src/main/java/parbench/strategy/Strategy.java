package parbench.strategy;

import java.util.List;
import parbench.work.RangeSumKernel;
import parbench.work.Split;
import parbench.work.SquaresKernel;
import parbench.work.Task;
import parbench.work.UserKernel;

/**
 * A way of spreading tasks over workers. Every strategy runs the same {@link Task}s and returns
 * each task's result in its own slot, so the caller can check every one of them: a strategy that
 * loses a partial result (the posts' children that never sent theirs back) fails its check.
 */
public interface Strategy extends AutoCloseable {

    /** How many workers this strategy spreads work over. */
    int workers();

    /**
     * How range sum and squares of n elements are cut: one equal chunk per worker, unless the
     * strategy is tuned otherwise ({@link parbench.work.Tuning}) or splits as its API does (fork/join).
     */
    default List<Split.Range> split(long n) {
        return Split.contiguous(n, workers());
    }

    /**
     * Runs every task and returns their results in task order. Tasks with output write it into
     * {@code out} at {@link Task#outputStart()}; {@code out} may be null when no task has output.
     */
    long[] runAll(List<? extends Task> tasks, long[] out);

    /** The sum of 0..n-1, cut as {@link #split} says; the caller checks it. */
    default long rangeSum(long n) {
        return total(runAll(RangeSumKernel.tasks(split(n)), null));
    }

    /** A user's kernel over [0, n), cut as {@link #split} says; partial results add up, wrapping. */
    default long kernel(String className, long n) {
        return total(runAll(UserKernel.tasks(className, split(n)), null));
    }

    /** The sum of the partial results, wrapping as Java's long addition does (mod 2^64). */
    static long total(long[] partials) {
        long total = 0;
        for (long partial : partials) {
            total += partial;
        }
        return total;
    }

    /**
     * Fills out with (i + 1 + offset)^2, cut as {@link #split} says, and returns the sum of what the
     * chunks say they wrote; the caller checks it.
     */
    default long squares(long[] out, long offset) {
        return total(runAll(SquaresKernel.tasks(split(out.length), offset), out));
    }

    /** Releases threads and child processes; a strategy is unusable afterwards. */
    @Override
    default void close() {
    }

    /** Runs task i in the calling thread and stores its result in slot i. */
    static void runInto(List<? extends Task> tasks, int i, long[] out, long[] results) {
        Task task = tasks.get(i);
        results[i] = task.run(out, task.outputStart());
    }
}
