package parbench.strategy;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import parbench.work.Answers;
import parbench.work.MixedWork;

/**
 * A steady stream of waiting tasks: a fixed number in flight, and each time one finishes, its
 * answer is checked and a new task takes its slot. Throughput is then tasks finished per second
 * with the executor always fed, so no batch ends in a half-empty wave (a batch of T tasks on N
 * threads takes ceil(T / N) waves, and T / N decides more than N does). Each slot runs one task at
 * a time, so a task's slot names which task must come back from it: a result that is lost, made
 * up or handed back twice fails the check, and one that never comes back fails after
 * {@link #LOST_SECONDS}.
 */
public final class SteadyStream implements AutoCloseable {
    /** With nothing back for this long, a result is taken as lost (a task takes milliseconds). */
    static final long LOST_SECONDS = 60;

    private final WaitingExecutor executor;
    private final MixedWork work;
    private final long[] taskInSlot;
    private final CompletableFuture<?>[] futures;
    private final BlockingQueue<Object> finished = new LinkedBlockingQueue<>();
    private final long lostNanos;
    private long nextTask;

    /** Starts inFlight tasks on the executor. */
    public SteadyStream(WaitingExecutor executor, MixedWork work, int inFlight) {
        this(executor, work, inFlight, TimeUnit.SECONDS.toNanos(LOST_SECONDS));
    }

    /** @param lostNanos how long nothing may come back before a result counts as lost */
    SteadyStream(WaitingExecutor executor, MixedWork work, int inFlight, long lostNanos) {
        this.lostNanos = lostNanos;
        if (inFlight < 1) {
            throw new IllegalArgumentException("at least one task must be in flight, was " + inFlight);
        }
        this.executor = executor;
        this.work = work;
        this.taskInSlot = new long[inFlight];
        this.futures = new CompletableFuture<?>[inFlight];
        for (int slot = 0; slot < inFlight; slot++) {
            start(slot);
        }
    }

    private record Failed(Throwable cause) {
    }

    /** A task that completed with no outcome at all (a queue holds no nulls). */
    private enum Nothing { VALUE }

    private void start(int slot) {
        long task = nextTask++;
        taskInSlot[slot] = task;
        CompletableFuture<MixedWork.Outcome> f = executor.start(() -> work.run(task, slot));
        futures[slot] = f;
        f.whenComplete((outcome, failure) -> finished.add(failure != null ? new Failed(failure)
                : outcome != null ? outcome : Nothing.VALUE));
    }

    /** Waits for the next task to finish, checks its answer, starts a new one in its slot, and returns the outcome. */
    public MixedWork.Outcome next() {
        Object done;
        try {
            done = finished.poll(lostNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        }
        if (done == null) {
            throw new Answers.WrongAnswerException("no task reported back in " + TimeUnit.NANOSECONDS.toMillis(lostNanos)
                    + " ms with " + taskInSlot.length + " in flight: results were lost");
        }
        if (done instanceof Failed f) {
            Throwable cause = f.cause() instanceof CompletionException && f.cause().getCause() != null
                    ? f.cause().getCause() : f.cause();
            throw Concurrency.unchecked(cause);
        }
        if (!(done instanceof MixedWork.Outcome o)) {
            throw new Answers.WrongAnswerException("a task reported back nothing (" + done + ")");
        }
        if (o.slot() < 0 || o.slot() >= taskInSlot.length) {
            throw new Answers.WrongAnswerException("a task reported back from slot " + o.slot() + ", which does not exist");
        }
        work.check(taskInSlot[o.slot()], o);
        start(o.slot());
        return o;
    }

    /** Tasks in flight at any moment. */
    public int inFlight() {
        return taskInSlot.length;
    }

    /** Cancels what has not started (supplyAsync skips a cancelled task) and stops the executor's threads. */
    @Override
    public void close() {
        for (CompletableFuture<?> f : futures) {
            if (f != null) {
                f.cancel(true);
            }
        }
        executor.close();
    }
}
