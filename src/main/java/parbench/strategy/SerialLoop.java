package parbench.strategy;

import java.util.List;
import parbench.work.Task;

/** The baseline: one thread runs every task in order. */
public final class SerialLoop implements Strategy {
    @Override
    public int workers() {
        return 1;
    }

    @Override
    public long[] runAll(List<? extends Task> tasks, long[] out) {
        long[] results = new long[tasks.size()];
        for (int i = 0; i < results.length; i++) {
            Strategy.runInto(tasks, i, out, results);
        }
        return results;
    }
}
