package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.catalog.Bench;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.work.SleepingTasks;

/**
 * The sleeping tasks against their ideal: ceil(tasks / workers) x sleep, whatever the core count,
 * since sleeping takes no CPU. One table per sleep measured.
 *
 * @param tasks how many tasks sleep at each call
 */
public record Sleeping(int tasks, List<Table> tables) {

    /**
     * One configuration against its ideal.
     *
     * @param concurrent  how many sleep at once: its workers, or every task for virtual threads (not pooled)
     * @param idealMillis ceil(tasks / concurrent) x the sleep
     * @param overIdeal   the measured time / the ideal
     */
    public record Line(PointFigures figures, int concurrent, long idealMillis, Estimate overIdeal) {
    }

    /** The configurations measured at one sleep, in table order. */
    public record Table(long millis, List<Line> lines) {
    }

    /** Empty where the run measured no sleeping tasks. */
    static Optional<Sleeping> of(Figures figures) {
        List<Table> tables = new ArrayList<>();
        for (long millis : figures.suite().sizes(Workload.SLEEPING)) {
            List<Line> lines = new ArrayList<>();
            for (PointFigures f : figures.at(Workload.SLEEPING, millis)) {
                int concurrent = Math.max(1, f.point().bench() == Bench.VIRTUAL_THREADS ? SleepingTasks.TASKS : f.point().workers());
                long ideal = SleepingTasks.idealMillis(SleepingTasks.TASKS, concurrent, millis);
                lines.add(new Line(f, concurrent, ideal, f.time().times(1 / (ideal / 1e3))));
            }
            tables.add(new Table(millis, lines));
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of(new Sleeping(SleepingTasks.TASKS, tables));
    }
}
