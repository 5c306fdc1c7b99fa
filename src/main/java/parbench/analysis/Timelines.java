package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.work.Policy;
import parbench.work.UnevenTasks;
import parbench.work.UnevenTasks.Slot;

/**
 * The uneven tasks as timelines, one per policy: which worker runs which task when in theory, and
 * in one traced run of the sleep flavour where the run recorded one (its {@code .timelines.json}).
 *
 * @param tracedUnitMillis the traced run's unit; empty where the run traced none
 */
public record Timelines(Optional<Long> tracedUnitMillis, List<Timeline> policies) {

    /**
     * One policy's timelines, in units.
     *
     * @param traced    empty where the run traced none
     * @param theoryEnd the theory's makespan; tracedEnd the traced one's (0 without one)
     */
    public record Timeline(Policy policy, List<Slot> theory, List<Slot> traced, double theoryEnd, double tracedEnd) {
    }

    /** @param traced the run's traced timelines, null where it recorded none (theory alone then) */
    public static Timelines of(UnevenTasks.Traced traced) {
        List<Timeline> policies = new ArrayList<>();
        for (Policy policy : Policy.values()) {
            List<Slot> theory = UnevenTasks.theoreticalTimeline(policy, UnevenTasks.SIZES, UnevenTasks.WORKERS);
            List<Slot> measured = traced == null ? List.of() : traced.inUnits(policy);
            policies.add(new Timeline(policy, theory, measured, end(theory), end(measured)));
        }
        return new Timelines(traced == null ? Optional.empty() : Optional.of(traced.unitMillis()), policies);
    }

    private static double end(List<Slot> slots) {
        return slots.stream().mapToDouble(Slot::end).max().orElse(0);
    }
}
