package parbench.catalog;

import java.util.Map;
import java.util.Set;
import parbench.work.GoetzRule;
import parbench.work.LocalEcho;
import parbench.work.Parking;

/**
 * What a plain run measures of the waiting work ({@link Plan}'s rule for it; --waiting-grid
 * measures everything its classes define). A fork costs about a second whatever it measures, and
 * the waiting work has about 2 of the pilot's minutes, so a plain run measures three wait shares,
 * and at each the pool sizes around Goetz's rule for the forks' processors, far enough either side
 * (a factor of {@link #POOL_WINDOW}) to see the curve rise and flatten, plus virtual threads and
 * supplyAsync without an executor; a real blocking call (a loopback round trip) at one share, for
 * the pool nearest the rule's size and virtual threads; and the 10,000 waiting tasks, all three
 * of them. An optimum at the edge of the sizes measured is reported as such.
 */
final class WaitingPlan {
    /** The wait shares a plain run measures: no waiting (the rule says cores), and two where waiting dominates. */
    static final Set<Integer> WAIT_SHARES = Set.of(0, 90, 99);
    /** Pool sizes within this factor of the rule's size, either side, are measured. */
    static final double POOL_WINDOW = 4;
    /** The share at which the socket round trip is measured beside parking. */
    static final int SOCKET_SHARE = 90;

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
        double goetz = GoetzRule.threadsForShare(Math.max(1, cores), percent);
        String pool = params.get(Params.POOL_SIZE);
        if (LocalEcho.NAME.equals(params.getOrDefault(Params.BLOCKING, Parking.NAME))) {
            return percent == SOCKET_SHARE && (pool == null ? bench == Bench.WAITING_VIRTUAL_THREADS
                    : parse(pool) == nearestPowerOfTwo(goetz));
        }
        return pool == null || parse(pool) >= goetz / POOL_WINDOW && parse(pool) <= goetz * POOL_WINDOW;
    }

    /** The power of two nearest x on a log scale. */
    static int nearestPowerOfTwo(double x) {
        return 1 << Math.max(0, (int) Math.round(Math.log(x) / Math.log(2)));
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
