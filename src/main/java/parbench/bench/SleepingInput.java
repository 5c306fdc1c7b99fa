package parbench.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import parbench.work.Answers;
import parbench.work.SleepingTasks;
import parbench.work.Task;

/** The posts' 4 sleeping tasks, with the sleep scaled from 5 s down to milliseconds. */
@State(Scope.Thread)
public class SleepingInput {
    @Param({"50"})
    public long millis;

    public List<Task> tasks;
    private long[] expected;

    @Setup
    public void prepare() {
        tasks = SleepingTasks.tasks(SleepingTasks.TASKS, millis);
        expected = SleepingTasks.expectedResults(tasks);
    }

    /** Returns the results after checking that every task reported back. */
    public long[] checked(long[] results) {
        Answers.checkEach("sleeping tasks", expected, results);
        return results;
    }
}
