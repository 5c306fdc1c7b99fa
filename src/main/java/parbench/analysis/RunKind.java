package parbench.analysis;

import java.util.List;
import java.util.Optional;
import parbench.catalog.Workload;
import parbench.machine.MachineRecord;

/**
 * What kind of run a result file holds, read from its machine record and its rows (the launcher
 * records no command line): a quick look, a user's kernel, a selection of the suite, or the default
 * plan. In this order, the first that holds:
 * <ul>
 * <li>{@link Kind#QUICK}: no forks: the record's planned forks are 0, or (without a record) every
 *     row ran in the launcher's JVM; this is what --quick (-f 0) runs, and a run without forks has
 *     no interval.</li>
 * <li>{@link Kind#KERNEL}: the rows measured a user's kernel (--kernel).</li>
 * <li>{@link Kind#SELECTION}: a benchmark regex or -p left out part of what every default plan has
 *     measured: one of {@link #EVERY_PLAN}'s workloads, or the ceiling at range sum's headline size.</li>
 * <li>{@link Kind#DEFAULT}: otherwise; with the rounds it was given where they were fixed (-f, or
 *     the rounds before the adaptive design), or JMH's own order (--sequential, records before rounds).</li>
 * </ul>
 *
 * @param fixedRounds the rounds every configuration got where they were fixed, not adaptive
 * @param jmhOrder    the forks ran in JMH's order, not in interleaved rounds
 */
public record RunKind(Kind kind, Optional<Integer> fixedRounds, boolean jmhOrder) {

    public enum Kind { DEFAULT, QUICK, KERNEL, SELECTION }

    /**
     * The workloads every default plan has measured, from the first to this one (uneven CPU work
     * left the default plan for --deep when the plan was made to fit 15 minutes).
     */
    public static final List<Workload> EVERY_PLAN = List.of(Workload.RANGE_SUM, Workload.SQUARES, Workload.SLEEPING,
            Workload.UNEVEN_SLEEP);

    /** @param machine the run's record, null for a plain JMH file */
    public static RunKind of(MachineRecord machine, RunAnalysis run) {
        MachineRecord.Forks forks = machine == null ? null : machine.forks();
        boolean noForks = forks != null ? forks.planned() == 0 : run.rows().stream().allMatch(r -> r.row().forks() == 0);
        boolean jmhOrder = forks == null || !forks.interleaved();
        Optional<Integer> fixed = forks != null && forks.interleaved() && (forks.design() == null || !forks.design().adaptive())
                ? Optional.of(forks.planned()) : Optional.empty();
        Kind kind = noForks ? Kind.QUICK : run.suite().kernel().isPresent() ? Kind.KERNEL : partOfThePlan(run) ? Kind.SELECTION
                : Kind.DEFAULT;
        return new RunKind(kind, fixed, jmhOrder && !noForks);
    }

    /** The run lacks a workload every plan measured, or range sum's ceiling at its headline size. */
    private static boolean partOfThePlan(RunAnalysis run) {
        boolean everyWorkload = EVERY_PLAN.stream().allMatch(w -> run.suite().points().stream().anyMatch(p -> p.workload() == w));
        boolean ceiling = run.figures().workload(Workload.RANGE_SUM).headlineSize()
                .flatMap(n -> run.suite().ceiling(Workload.RANGE_SUM, n)).isPresent();
        return !everyWorkload || !ceiling;
    }
}
