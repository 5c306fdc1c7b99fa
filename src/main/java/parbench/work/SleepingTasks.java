package parbench.work;

import java.util.ArrayList;
import java.util.List;

/**
 * The posts' third workload: 4 tasks that each sleep (5 s there, milliseconds here). Sleeping uses
 * no CPU, so the right elapsed time is ceil(tasks / workers) x sleep whatever the core count.
 */
public final class SleepingTasks {
    public static final int TASKS = 4;

    private SleepingTasks() {
    }

    public static List<Task> tasks(int count, long millis) {
        List<Task> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tasks.add(new Task.Sleep(i, millis));
        }
        return tasks;
    }

    /** What every task must return: its own sleep, slot by slot. */
    public static long[] expectedResults(List<? extends Task> tasks) {
        long[] expected = new long[tasks.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = ((Task.Sleep) tasks.get(i)).millis();
        }
        return expected;
    }

    /** The ideal elapsed time: ceil(tasks / workers) rounds of one sleep each. */
    public static long idealMillis(int tasks, int workers, long millis) {
        return ((tasks + workers - 1) / workers) * millis;
    }
}
