package parbench.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import parbench.work.Answers;
import parbench.work.Task;
import parbench.work.UnevenTasks;

/** Uneven tasks [2,4,6,8,1,3,5,7] in units of sleep: makespan theory holds on any core count. */
@State(Scope.Thread)
public class UnevenSleepInput {
    @Param({"5"})
    public long unitMillis;

    public List<Task> tasks;
    private long[] expected;

    @Setup
    public void prepare() {
        tasks = UnevenTasks.sleepTasks(unitMillis);
        expected = UnevenTasks.expectedResults(tasks);
    }

    public long[] checked(long[] results) {
        Answers.checkEach("uneven sleeping tasks", expected, results);
        return results;
    }
}
