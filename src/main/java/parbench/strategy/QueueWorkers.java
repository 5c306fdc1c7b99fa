package parbench.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import parbench.work.Policy;
import parbench.work.Split;
import parbench.work.Task;

/**
 * A fixed set of worker threads that drain tasks according to a {@link Policy}: a static split
 * (each worker's list fixed in advance) or a shared queue that an idle worker takes the next task
 * from. With tasks of uneven size the policy, not the thread count, decides the makespan. The
 * calling thread is one of the workers (workers - 1 helper threads plus the caller).
 */
public final class QueueWorkers extends ExecutorStrategy {
    private final Policy policy;

    public QueueWorkers(int workers, Policy policy) {
        super(Concurrency.helpersFor(workers, "queue"), workers, true);
        this.policy = policy;
    }

    /**
     * A shared queue hands out shrinking chunks, as the pool does; a static split gets one equal
     * chunk per worker, because shrinking chunks dealt out in advance would not balance at all.
     */
    @Override
    public List<Split.Range> split(long n) {
        return policy.isStatic() ? Split.contiguous(n, workers()) : Strategy.guidedSplit(n, workers());
    }

    public Policy policy() {
        return policy;
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        List<Runnable> drainers = new ArrayList<>(workers());
        if (policy.isStatic()) {
            for (List<Integer> own : Split.assign(policy, tasks, workers())) {
                drainers.add(() -> own.forEach(i -> Strategy.runInto(tasks, i, out, results)));
            }
        } else {
            Queue<Integer> queue = new ConcurrentLinkedQueue<>(Split.queueOrder(policy, tasks));
            for (int w = 0; w < workers(); w++) {
                drainers.add(() -> {
                    for (Integer i = queue.poll(); i != null; i = queue.poll()) {
                        Strategy.runInto(tasks, i, out, results);
                    }
                });
            }
        }
        run(drainers);
        return results;
    }
}
