package parbench.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import parbench.work.Task;

/**
 * workers() long-lived child JVMs, started once and fed tasks over stdin/stdout, like
 * multiprocessing.Pool. A call pays the round trip (and the copying of any output), not the start.
 * Each child answers a first, trivial task before the strategy is handed out, so a child that cannot
 * work fails in setup and no measured call pays for opening a channel.
 */
public final class WarmProcesses extends ExecutorStrategy {
    private final List<ChildJvm> children = new ArrayList<>();
    private final BlockingQueue<ChildJvm> idle;

    public WarmProcesses(int workers) {
        this(workers, ChildJvm.workerCommand(), ChildJvm.DEFAULT_TIMEOUT);
    }

    public WarmProcesses(int workers, List<String> command, Duration timeout) {
        super(Concurrency.prestartedPool(workers, "warm-parent"), workers);
        idle = new ArrayBlockingQueue<>(workers);
        try {
            for (int i = 0; i < workers; i++) {
                ChildJvm child = new ChildJvm(command, timeout);
                children.add(child);
                ping(child);
                idle.add(child);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A range of one element, whose sum is 0: the child is up and its channel answers. */
    private static void ping(ChildJvm child) {
        long answer = child.call(new Task.RangeSum(0, 1), null);
        if (answer != 0) {
            throw new ChildFailedException("child JVM (pid " + child.pid() + ") answered " + answer
                    + " to the sum of [0, 1), which is 0", null);
        }
    }

    /** The children's process ids, so a test can see that none outlives close(). */
    public List<Long> pids() {
        return children.stream().map(ChildJvm::pid).toList();
    }

    @Override
    protected long runTask(Task task, long[] out) {
        // as many parent threads as children: a thread never waits here for long
        ChildJvm child;
        try {
            child = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a child", e);
        }
        try {
            return child.call(task, out);
        } finally {
            idle.add(child);
        }
    }

    @Override
    public void close() {
        super.close();
        for (ChildJvm child : children) {
            try {
                if (child.isAlive()) {
                    child.finish();
                }
            } catch (ChildFailedException ignored) {
                // it is being shut down: close() below ends it either way
            } finally {
                child.close();
            }
        }
    }
}
