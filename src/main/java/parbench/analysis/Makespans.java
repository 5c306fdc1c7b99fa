package parbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import parbench.analysis.SuiteRun.Point;
import parbench.catalog.Workload;
import parbench.stats.Estimate;
import parbench.work.Policy;
import parbench.work.UnevenTasks;

/**
 * The uneven tasks in units of work: for each queue policy the theory's makespan next to the
 * measured one, in the sleep flavour (theory holds whatever the core count) and the CPU flavour
 * (bounded below by total units / cores), in units of the serial run's time / total units (the
 * Hodges-Lehmann ratio of the two configurations' forks).
 *
 * @param sizes         the tasks, in units, in the order they are given out
 * @param workers       the workers that drain them
 * @param units         the tasks' total: serial's makespan, by the unit's definition
 * @param cpuUnit       the CPU flavour's unit: serial's time / units; empty without a serial run
 * @param cpuLowerBound units / cores: what no policy on this machine's cores can beat in the CPU flavour
 */
public record Makespans(List<Integer> sizes, int workers, int cores, long units, Optional<Estimate> cpuUnit,
        double cpuLowerBound, List<Line> lines, Optional<Estimate> serialSleepUnits) {

    /** One policy: theory and measurement in units; empty where that flavour was not measured. */
    public record Line(Policy policy, long theory, Optional<Estimate> sleepUnits, double cpuTheory,
            Optional<Estimate> cpuUnits) {
    }

    /** Empty where the run measured neither flavour. */
    static Optional<Makespans> of(SuiteRun run) {
        List<Point> sleep = run.sizes(Workload.UNEVEN_SLEEP).stream().findFirst()
                .map(unit -> run.at(Workload.UNEVEN_SLEEP, unit)).orElse(List.of());
        List<Point> cpu = run.at(Workload.UNEVEN_CPU, 0);
        if (sleep.isEmpty() && cpu.isEmpty()) {
            return Optional.empty();
        }
        Optional<Point> cpuSerial = run.serial(Workload.UNEVEN_CPU, 0);
        long units = UnevenTasks.totalUnits();
        Optional<Estimate> cpuUnit = cpuSerial.map(s -> s.time().times(1.0 / units));
        double lowerBound = (double) units / Math.max(1, run.cores());
        List<Line> lines = new ArrayList<>();
        for (Policy policy : Policy.values()) {
            long theory = UnevenTasks.theoreticalMakespan(policy, UnevenTasks.SIZES, UnevenTasks.WORKERS);
            lines.add(new Line(policy, theory, withPolicy(sleep, policy).map(Makespans::sleepUnits),
                    Math.max(theory, lowerBound),
                    withPolicy(cpu, policy).flatMap(p -> cpuSerial.map(s -> Ratios.ratio(p, s).times(units)))));
        }
        return Optional.of(new Makespans(Arrays.stream(UnevenTasks.SIZES).boxed().toList(), UnevenTasks.WORKERS, run.cores(),
                units, cpuUnit, lowerBound, lines, sleep.stream().filter(Point::isSerial).findFirst().map(Makespans::sleepUnits)));
    }

    /** A policy's line. */
    public Line line(Policy policy) {
        return lines.stream().filter(l -> l.policy() == policy).findFirst().orElseThrow();
    }

    private static Optional<Point> withPolicy(List<Point> points, Policy policy) {
        return points.stream().filter(p -> p.series().policy() == policy).findFirst();
    }

    /** A sleep-flavour time in units: the size parameter is the unit in milliseconds. */
    static Estimate sleepUnits(Point p) {
        return p.time().times(1 / (p.size() / 1e3));
    }
}
