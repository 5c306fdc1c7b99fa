package parbench.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import parbench.work.Task;

/**
 * A strategy that hands each task to an executor as its own job and waits for all of them; or, for
 * the in-process pools, runs them on workers - 1 helper threads and the calling thread together
 * (see {@link Concurrency#helpersFor}).
 */
abstract class ExecutorStrategy implements Strategy {
    protected final ExecutorService executor;
    private final int workers;
    private final boolean callerTakesPart;

    /** All workers are the executor's threads; the caller only waits. */
    ExecutorStrategy(ExecutorService executor, int workers) {
        this(executor, workers, false);
    }

    /** With callerTakesPart, executor holds workers - 1 helper threads (null for one worker). */
    ExecutorStrategy(ExecutorService executor, int workers, boolean callerTakesPart) {
        this.executor = executor;
        this.workers = workers;
        this.callerTakesPart = callerTakesPart;
    }

    @Override
    public int workers() {
        return workers;
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

    /** Runs the jobs and waits for all of them, the caller helping where it takes part. */
    protected void run(List<Runnable> jobs) {
        if (callerTakesPart) {
            Concurrency.runWithCaller((java.util.concurrent.ThreadPoolExecutor) executor, jobs);
        } else {
            Concurrency.runAndWait(executor, jobs);
        }
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
