package parbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What a plain run measures of the waiting work: three shares, the pools around Goetz's rule, one real call. */
class WaitingPlanTest {
    private static final String POOL = Bench.WAITING_POOL.className() + ".mixedTask";
    private static final String VIRTUAL = Bench.WAITING_VIRTUAL_THREADS.className() + ".mixedTask";
    private static final String FUTURES = Bench.WAITING_FUTURES.className() + ".mixedTask";

    private static Map<String, String> sweep(int share, String blocking, Integer pool) {
        Map<String, String> p = new java.util.HashMap<>(Map.of(Params.WAIT_PERCENT, String.valueOf(share),
                Params.BLOCKING, blocking, Params.COMPUTE_MICROS, "100", Params.ELEMENTS_PER_MICRO, "0"));
        if (pool != null) {
            p.put(Params.POOL_SIZE, String.valueOf(pool));
        }
        return p;
    }

    /** Every configuration of the sweep's classes that a plain run on these cores keeps, as "share blocking pool". */
    private static List<String> kept(String benchmark, int cores, boolean grid, boolean pooled) {
        List<String> kept = new ArrayList<>();
        for (int share : new int[] {0, 50, 90, 99}) {
            for (String blocking : new String[] {"park", "socket"}) {
                for (int pool : pooled ? new int[] {1, 2, 4, 8, 16, 32, 64, 128, 256, 512} : new int[] {0}) {
                    if (Plan.keeps(benchmark, sweep(share, blocking, pooled ? pool : null), cores,
                            grid ? Plan.Scope.WAITING_GRID : Plan.Scope.DEFAULT)) {
                        kept.add(share + " " + blocking + (pooled ? " " + pool : ""));
                    }
                }
            }
        }
        return kept;
    }

    @Test
    void onTwoCoresThePoolsAroundTheRuleAtThreeShares() {
        // the rule: 2, 20 and 200 threads; the powers of two at or above: 2, 32 and 256
        assertEquals(List.of("0 park 1", "0 park 2", "0 park 4",
                "90 park 8", "90 park 16", "90 park 32", "90 park 64",
                "99 park 64", "99 park 128", "99 park 256", "99 park 512"), kept(POOL, 2, false, true));
        assertEquals(List.of("0 park", "90 park", "99 park"), kept(VIRTUAL, 2, false, false),
                "the real blocking call beside parking is the grid's");
        assertEquals(List.of("0 park", "90 park", "99 park"), kept(FUTURES, 2, false, false));
    }

    @Test
    void onMoreCoresThePoolsFollowTheRule() {
        // 16 cores: the rule says 16, 160 and 1,600 threads; the sweep stops at 512
        assertEquals(List.of("0 park 4", "0 park 8", "0 park 16", "0 park 32",
                "90 park 64", "90 park 128", "90 park 256", "90 park 512",
                "99 park 512"), kept(POOL, 16, false, true));
    }

    @Test
    void theWaitingGridOptionKeepsEverything() {
        assertEquals(80, kept(POOL, 2, true, true).size());
        assertEquals(8, kept(VIRTUAL, 2, true, false).size());
    }

    @Test
    void theManyWaitingTasksAreAllKeptAndOtherClassesKeepTheirRules() {
        for (String pool : new String[] {"200", "goetz"}) {
            assertTrue(Plan.keeps(Bench.MANY_WAITING_POOL.className() + ".batch", Map.of(Params.TASKS, "10000",
                    Params.POOL_SIZE, pool), 2, Plan.Scope.DEFAULT));
        }
        assertTrue(Plan.keeps(Bench.MANY_WAITING_VIRTUAL_THREADS.className() + ".batch", Map.of(Params.TASKS, "10000"), 2, Plan.Scope.DEFAULT));
        assertFalse(Plan.keeps(Bench.CEILING.className() + ".rangeSum", Map.of(Params.N, "1000000"), 2, Plan.Scope.DEEP),
                "--deep measures no ceiling below the headline either");
        assertEquals(new TreeSet<>(List.of(0, 90, 99)), new TreeSet<>(WaitingPlan.WAIT_SHARES));
        assertEquals(32, WaitingPlan.powerOfTwoAtOrAbove(20));
        assertEquals(256, WaitingPlan.powerOfTwoAtOrAbove(200));
        assertEquals(2, WaitingPlan.powerOfTwoAtOrAbove(2));
        assertEquals(1, WaitingPlan.powerOfTwoAtOrAbove(0.7));
    }
}
