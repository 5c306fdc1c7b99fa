package parbench.launch;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import parbench.catalog.Bench;
import parbench.catalog.Workload;
import parbench.strategy.QueueWorkers;
import parbench.work.Policy;
import parbench.work.Task;
import parbench.work.UnevenTasks;

/**
 * The measured side of the uneven tasks' timelines: after the benchmarks, where the run measured the
 * sleep flavour, one traced run of each policy at the run's unit, in this JVM, with the same
 * QueueWorkers the benchmark uses (after one untraced run to start its threads). Sleeps keep the
 * theory on any machine, so one run shows the schedule; the makespans with their intervals are
 * the benchmark's.
 */
final class UnevenTrace {
    private UnevenTrace() {
    }

    static Optional<UnevenTasks.Traced> of(Collection<RunResult> results) {
        String method = Bench.UNEVEN_TASKS.className() + "." + Workload.UNEVEN_SLEEP.method;
        return results.stream().filter(r -> r.getParams().getBenchmark().equals(method))
                .map(r -> r.getParams().getParam(Workload.UNEVEN_SLEEP.sizeParam)).findFirst()
                .map(unit -> trace(Long.parseLong(unit)));
    }

    static UnevenTasks.Traced trace(long unitMillis) {
        List<Task> tasks = UnevenTasks.sleepTasks(unitMillis);
        Map<Policy, List<UnevenTasks.Slot>> slots = new EnumMap<>(Policy.class);
        for (Policy policy : Policy.values()) {
            QueueWorkers workers = new QueueWorkers(UnevenTasks.WORKERS, policy);
            try {
                workers.runAll(tasks, null);
                slots.put(policy, workers.traced(tasks));
            } finally {
                workers.close();
            }
        }
        return new UnevenTasks.Traced(unitMillis, slots);
    }
}
