package parbench.strategy;

import java.util.List;
import parbench.work.RangeSumKernel;
import parbench.work.SquaresKernel;
import parbench.work.Task;

/**
 * A way of spreading tasks over workers. Every strategy runs the same {@link Task}s and returns
 * each task's result in its own slot, so the caller can check every one of them: a strategy that
 * loses a partial result (the posts' children that never sent theirs back) fails its check.
 */
public interface Strategy extends AutoCloseable {

    /** How many workers this strategy spreads work over. */
    int workers();

    /**
     * How many chunks range sum and squares are cut into: one per worker, unless a strategy balances
     * finer chunks among its workers as they become free.
     */
    default int chunks() {
        return workers();
    }

    /**
     * Runs every task and returns their results in task order. Tasks with output write it into
     * {@code out} at {@link Task#outputStart()}; {@code out} may be null when no task has output.
     */
    long[] runAll(List<? extends Task> tasks, long[] out);

    /** The sum of 0..n-1, cut into {@link #chunks()} contiguous chunks; the caller checks it. */
    default long rangeSum(long n) {
        long total = 0;
        for (long partial : runAll(RangeSumKernel.tasks(n, chunks()), null)) {
            total += partial;
        }
        return total;
    }

    /** Fills out with the squares of 1..out.length, cut into {@link #chunks()} chunks. */
    default void squares(long[] out) {
        runAll(SquaresKernel.tasks(out.length, chunks()), out);
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
