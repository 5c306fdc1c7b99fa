package parbench.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import parbench.work.Task;

/** A strategy that hands each task to an executor as its own job and waits for all of them. */
abstract class ExecutorStrategy implements Strategy {
    protected final ExecutorService executor;
    private final int workers;

    ExecutorStrategy(ExecutorService executor, int workers) {
        this.executor = executor;
        this.workers = workers;
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
        Concurrency.runAndWait(executor, jobs);
        return results;
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
