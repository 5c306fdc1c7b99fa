package parbench.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import parbench.work.Split;
import parbench.work.Task;
import parbench.work.Tuning;

/**
 * A strategy that hands each task to an executor as its own job and waits for all of them, tuned
 * as its {@link Tuning} says: by default one equal chunk per worker, every worker a thread of the
 * executor and the caller only waiting.
 */
abstract class ExecutorStrategy implements Strategy {
    protected final ExecutorService executor;
    private final int workers;
    private final Tuning tuning;

    /** The declared policy: all workers are the executor's threads, equal chunks, the caller waits. */
    ExecutorStrategy(ExecutorService executor, int workers) {
        this(executor, workers, Tuning.DECLARED);
    }

    /** Where the tuning has the caller work, executor holds workers - 1 threads (null for one worker). */
    ExecutorStrategy(ExecutorService executor, int workers, Tuning tuning) {
        this.executor = executor;
        this.workers = workers;
        this.tuning = tuning;
    }

    @Override
    public int workers() {
        return workers;
    }

    public Tuning tuning() {
        return tuning;
    }

    @Override
    public List<Split.Range> split(long n) {
        return tuning.chunks(n, workers);
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        List<Runnable> jobs = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            int slot = i;
            jobs.add(() -> results[slot] = runTask(tasks.get(slot), out));
        }
        run(jobs);
        return results;
    }

    /** Runs the jobs and waits for all of them, the caller helping where the tuning says so. */
    protected void run(List<Runnable> jobs) {
        Concurrency.runAndWait(executor, jobs, tuning, workers);
    }

    /** Runs one task on an executor thread; process strategies send it to a child instead. */
    protected long runTask(Task task, long[] out) {
        return task.run(out, task.outputStart());
    }

    @Override
    public void close() {
        Concurrency.shutdown(executor);
    }
}
