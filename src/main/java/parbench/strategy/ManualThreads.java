package parbench.strategy;

import java.util.List;
import parbench.work.Split;
import parbench.work.Task;

/**
 * New platform threads on every call, started and joined by hand, like threading.Thread in the
 * posts. Each thread takes a contiguous block of tasks and writes into its own result slots; join()
 * makes those writes visible. Starting the threads is part of the cost measured.
 */
public final class ManualThreads implements Strategy {
    private final int workers;

    public ManualThreads(int workers) {
        this.workers = workers;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        List<Split.Range> blocks = Split.contiguous(tasks.size(), workers);
        Thread[] threads = new Thread[workers];
        Throwable[] failures = new Throwable[workers];
        for (int w = 0; w < workers; w++) {
            Split.Range block = blocks.get(w);
            int slot = w;
            threads[w] = new Thread(() -> {
                try {
                    for (int i = (int) block.from(); i < block.to(); i++) {
                        Strategy.runInto(tasks, i, out, results);
                    }
                } catch (Throwable t) {
                    failures[slot] = t;
                }
            }, "manual-" + w);
            threads[w].start();
        }
        for (Thread thread : threads) {
            Concurrency.joinUninterruptibly(thread);
        }
        for (Throwable failure : failures) {
            if (failure != null) {
                throw Concurrency.unchecked(failure);
            }
        }
        return results;
    }
}
