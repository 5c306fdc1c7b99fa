package parbench.strategy;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import parbench.work.RangeSumKernel;
import parbench.work.Split;
import parbench.work.Task;
import parbench.work.UserKernel;

/**
 * Fork/join written by hand, in a ForkJoinPool of the worker count: a {@link RecursiveTask} splits
 * its range in halves until a half is no larger than the sequential threshold, forks one half,
 * computes the other, and joins; the joined partial results are the answer. The leaves are the
 * tasks {@link #split} cuts, so every leaf's result is also kept in its own slot for the caller's
 * check.
 */
public final class ForkJoinTasks implements Strategy {
    /**
     * How many leaves a call is cut into per worker, whatever n is: the sequential threshold is
     * n / (4 x workers), as the JDK's own parallel streams cut their ranges (AbstractTask's leaf
     * target of four per thread of the pool). A fixed threshold in elements would make a large n into
     * thousands of leaves, each paying a fork, and a small n into one; four a worker leave a late
     * worker something to steal and keep the forks few.
     */
    public static final int LEAVES_PER_WORKER = 4;

    private final ForkJoinPool pool;
    private final int workers;

    public ForkJoinTasks(int workers) {
        this.pool = new ForkJoinPool(workers);
        this.workers = workers;
    }

    @Override
    public int workers() {
        return workers;
    }

    /**
     * Equal leaves of at most the threshold, n / ({@link #LEAVES_PER_WORKER} x workers): what halving
     * until a half is no larger than that leaves behind; fewer where n has fewer elements than that.
     */
    @Override
    public List<Split.Range> split(long n) {
        return Split.contiguous(n, (int) Math.max(1, Math.min(n, (long) LEAVES_PER_WORKER * workers)));
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        invoke(tasks, out, results);
        return results;
    }

    /** The joined total, not the slots' sum: a join that lost a half fails the caller's check. */
    @Override
    public long rangeSum(long n) {
        return invoke(RangeSumKernel.tasks(split(n)), null, null);
    }

    @Override
    public long kernel(String className, long n) {
        return invoke(UserKernel.tasks(className, split(n)), null, null);
    }

    private long invoke(List<? extends Task> tasks, long[] out, long[] results) {
        try {
            return tasks.isEmpty() ? 0 : pool.invoke(new Halves(tasks, 0, tasks.size(), out, results));
        } catch (RuntimeException e) {
            throw original(e);
        }
    }

    /** A task's failure as it was thrown: a join in another thread rethrows a copy that wraps it. */
    private static RuntimeException original(RuntimeException e) {
        return e.getCause() instanceof RuntimeException cause && cause.getClass() == e.getClass() ? cause : e;
    }

    /** Tasks [from, to) of the list: one is computed here, more are halved, one half forked. */
    private static final class Halves extends RecursiveTask<Long> {
        private final List<? extends Task> tasks;
        private final int from;
        private final int to;
        private final long[] out;
        private final long[] results;

        Halves(List<? extends Task> tasks, int from, int to, long[] out, long[] results) {
            this.tasks = tasks;
            this.from = from;
            this.to = to;
            this.out = out;
            this.results = results;
        }

        @Override
        protected Long compute() {
            if (to - from == 1) {
                Task task = tasks.get(from);
                long result = task.run(out, task.outputStart());
                if (results != null) {
                    results[from] = result;
                }
                return result;
            }
            int middle = (from + to) >>> 1;
            Halves left = new Halves(tasks, from, middle, out, results);
            left.fork();
            long right = new Halves(tasks, middle, to, out, results).compute();
            return left.join() + right;
        }
    }

    @Override
    public void close() {
        Concurrency.shutdown(pool);
    }
}
