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
     * How range sum and squares of n elements are cut: one equal chunk per worker, unless a
     * strategy hands chunks out as its workers become free (then {@link #guidedSplit}).
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

    /** Fills out with the squares of 1..out.length, cut as {@link #split} says. */
    default void squares(long[] out) {
        runAll(SquaresKernel.tasks(split(out.length)), out);
    }

    /** Releases threads and child processes; a strategy is unusable afterwards. */
    @Override
    default void close() {
    }

    /**
     * Shrinking chunks ({@link Split#guided}) for strategies whose workers take the next chunk when
     * free. 2^18 elements (tens of microseconds of range sum: serial range sum of 1,000,000 takes
     * 356 µs in results/intel-xeon-2cpu/20261122-044832.md) is the smallest chunk worth handing out:
     * below n / workers of that, every worker gets one chunk, as without balancing. With equal chunks
     * a worker that started late finishes late; with shrinking ones it just takes fewer (on 2 vCPUs
     * the finishing gap fell about fivefold, measured outside JMH on 2026-11-22).
     */
    static List<Split.Range> guidedSplit(long n, int workers) {
        return Split.guided(n, workers, 1 << 18);
    }

    /** Runs task i in the calling thread and stores its result in slot i. */
    static void runInto(List<? extends Task> tasks, int i, long[] out, long[] results) {
        Task task = tasks.get(i);
        results[i] = task.run(out, task.outputStart());
    }
}
