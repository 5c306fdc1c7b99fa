package parbench.catalog;

import java.util.Map;
import java.util.Set;
import parbench.work.GoetzRule;
import parbench.work.LocalEcho;
import parbench.work.Parking;

/**
 * What a plain run measures of the waiting work ({@link Plan}'s rule for it; --waiting-grid
 * measures everything its classes define). A fork costs a JVM's start whatever it measures, and
 * every configuration needs six forks, so a plain run measures three wait shares,
 * and at each the pool sizes around Goetz's rule for the forks' processors: from a quarter of the
 * power of two at or above the rule's size (sizes below the knee, to see the curve rise) to twice
 * it (to see it flatten), plus virtual threads and supplyAsync without an executor; and the 10,000
 * waiting tasks, all three of them. The real blocking call (a loopback round trip) beside parking
 * is the grid's. An optimum at the edge of the sizes measured is reported as such.
 */
final class WaitingPlan {
    /** The wait shares a plain run measures: no waiting (the rule says cores), and two where waiting dominates. */
    static final Set<Integer> WAIT_SHARES = Set.of(0, 90, 99);
    /** Pool sizes from the rule's power of two over this factor ... */
    static final int BELOW = 4;
    /** ... to the rule's power of two times this one are measured. */
    static final int ABOVE = 2;

    private WaitingPlan() {
    }

    static boolean keeps(Bench bench, Map<String, String> params, int cores) {
        String share = params.get(Params.WAIT_PERCENT);
        if (share == null) {
            return true; // the many waiting tasks
        }
        int percent = parse(share);
        if (!WAIT_SHARES.contains(percent)) {
            return false;
        }
        int rule = powerOfTwoAtOrAbove(GoetzRule.threadsForShare(Math.max(1, cores), percent));
        String pool = params.get(Params.POOL_SIZE);
        if (LocalEcho.NAME.equals(params.getOrDefault(Params.BLOCKING, Parking.NAME))) {
            return false; // the real blocking call is --waiting-grid's: parking answers the default's question
        }
        return pool == null || parse(pool) * BELOW >= rule && parse(pool) <= (long) rule * ABOVE;
    }

    /** The smallest power of two at or above x (1 for x at most 1). */
    static int powerOfTwoAtOrAbove(double x) {
        int p = 1;
        while (p < x - 1e-9 && p < (1 << 30)) {
            p <<= 1;
        }
        return p;
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
