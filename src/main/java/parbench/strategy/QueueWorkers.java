package parbench.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import parbench.work.Policy;
import parbench.work.Split;
import parbench.work.Task;
import parbench.work.Tuning;
import parbench.work.UnevenTasks;

/**
 * A fixed set of worker threads that drain tasks according to a {@link Policy}: a static split
 * (each worker's list fixed in advance) or a shared queue that an idle worker takes the next task
 * from. With tasks of uneven size the policy, not the thread count, decides the makespan. The
 * calling thread is one of the workers (workers - 1 helper threads plus the caller).
 */
public final class QueueWorkers extends ExecutorStrategy {
    private final Policy policy;

    public QueueWorkers(int workers, Policy policy) {
        super(Concurrency.poolFor(Tuning.DECLARED, workers, "queue"), workers);
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        return run(tasks, out, null);
    }

    /**
     * Runs the tasks once as {@link #runAll} does and returns which worker ran which task when, in
     * milliseconds from the call's start: the measured side of the uneven tasks' timelines. Not for
     * measuring: it reads the clock twice per task.
     */
    public List<UnevenTasks.Slot> traced(List<? extends Task> tasks) {
        List<UnevenTasks.Slot> slots = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        run(tasks, null, (worker, task, from, to) -> slots.add(new UnevenTasks.Slot(worker, task, (from - start) / 1e6,
                (to - start) / 1e6)));
        return List.copyOf(slots);
    }

    private interface Trace {
        void ran(int worker, int task, long startNanos, long endNanos);
    }

    private long[] run(List<? extends Task> tasks, long[] out, Trace trace) {
        long[] results = new long[tasks.size()];
        List<Runnable> drainers = new ArrayList<>(workers());
        if (policy.isStatic()) {
            List<List<Integer>> lists = Split.assign(policy, tasks, workers());
            for (int w = 0; w < workers(); w++) {
                int worker = w;
                drainers.add(() -> lists.get(worker).forEach(i -> runOne(tasks, i, out, results, worker, trace)));
            }
        } else {
            Queue<Integer> queue = new ConcurrentLinkedQueue<>(Split.queueOrder(policy, tasks));
            for (int w = 0; w < workers(); w++) {
                int worker = w;
                drainers.add(() -> {
                    for (Integer i = queue.poll(); i != null; i = queue.poll()) {
                        runOne(tasks, i, out, results, worker, trace);
                    }
                });
            }
        }
        run(drainers);
        return results;
    }

    private static void runOne(List<? extends Task> tasks, int i, long[] out, long[] results, int worker, Trace trace) {
        if (trace == null) {
            Strategy.runInto(tasks, i, out, results);
            return;
        }
        long start = System.nanoTime();
        Strategy.runInto(tasks, i, out, results);
        trace.ran(worker, i, start, System.nanoTime());
    }
}
