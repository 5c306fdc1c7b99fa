package parbench.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import parbench.work.Answers;
import parbench.work.Task;
import parbench.work.UnevenTasks;

/**
 * Uneven tasks [2,4,6,8,1,3,5,7] in units of computation: bounded by the cores as well as by the
 * policy. The expected results are computed once here, serially, outside the measurement.
 */
@State(Scope.Thread)
public class UnevenCpuInput {
    public List<Task> tasks;
    private long[] expected;

    @Setup
    public void prepare() {
        tasks = UnevenTasks.cpuTasks();
        expected = UnevenTasks.expectedResults(tasks);
    }

    public long[] checked(long[] results) {
        Answers.checkEach("uneven CPU tasks", expected, results);
        return results;
    }
}
