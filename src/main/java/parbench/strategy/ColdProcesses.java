package parbench.strategy;

import java.time.Duration;
import java.util.List;
import parbench.work.Task;

/**
 * One new child JVM per task, like multiprocessing.Process: start it, send the task, read the
 * answer back, wait for it to exit. Starting a JVM is the cost being measured, so it happens inside
 * the measured call; at most workers() children run at once.
 */
public final class ColdProcesses extends ExecutorStrategy {
    private final List<String> command;
    private final Duration timeout;

    public ColdProcesses(int workers) {
        this(workers, ChildJvm.workerCommand(), ChildJvm.DEFAULT_TIMEOUT);
    }

    public ColdProcesses(int workers, List<String> command, Duration timeout) {
        super(Concurrency.prestartedPool(workers, "cold-parent"), workers);
        this.command = List.copyOf(command);
        this.timeout = timeout;
    }

    @Override
    protected long runTask(Task task, long[] out) {
        try (ChildJvm child = new ChildJvm(command, timeout)) {
            long result = child.call(task, out);
            child.finish();
            return result;
        }
    }
}
