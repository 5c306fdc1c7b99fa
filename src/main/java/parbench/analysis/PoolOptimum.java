package parbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import parbench.stats.Estimate;

/**
 * The measured best pool size at one wait share, beside Goetz's rule. The best is the size with the
 * highest median throughput; the size to use is the smallest whose median lies within the best's
 * interval (more threads than that buy nothing this run can see), and every size from there to
 * the largest such one is the flat top. The size measured just below it is measurably slower, so
 * the knee lies above that size and at or below the smallest: the rule holds where it falls there.
 *
 * @param best           the size with the highest median throughput
 * @param bestThroughput its throughput, tasks a second, with its interval
 * @param smallest       the smallest size whose median lies within the best's interval: the measured optimum
 * @param largestWithin  the largest such size: the flat top runs from smallest to here
 * @param below          the largest size measured under smallest (measurably slower); empty at the smallest size measured
 * @param openAbove      smallest is the largest size measured: the optimum may lie above it
 * @param intervalKnown  the best had forks enough for an interval; without one only the best itself is "within",
 *                       and the fit is UNKNOWN
 * @param rule           Goetz's size for this share (cores x (1 + W / C))
 * @param fit            where the rule falls against the knee
 * @param ratio          smallest / rule: the measured optimum over the prediction
 * @param ratioBelow     below / rule: the knee's lower end (exclusive) over the prediction
 */
public record PoolOptimum(int best, Estimate bestThroughput, int smallest, int largestWithin, OptionalInt below,
        boolean openAbove, boolean intervalKnown, double rule, Fit fit, double ratio, OptionalDouble ratioBelow) {

    /** Where the rule's size falls. */
    public enum Fit {
        /** above the size below the knee and at or below the measured optimum */
        HOLDS,
        /** above the measured optimum: more threads than the cores need (harmless where they stay on the flat top) */
        TOO_MANY,
        /** at or below a size that is measurably slower: too few threads to keep the cores busy */
        TOO_FEW,
        /** the best had too few forks for an interval: nothing is measurably slower, so no verdict */
        UNKNOWN
    }

    /** The rule's size lies on the flat top (between smallest and largestWithin, or beyond a top that reaches the largest size). */
    public boolean ruleOnTop(int largestMeasured) {
        return rule >= smallest && (rule <= largestWithin || largestWithin == largestMeasured);
    }

    /** The optimum of throughputs by pool size (ascending); empty where nothing was measured. */
    static Optional<PoolOptimum> of(SortedMap<Integer, Estimate> throughputBySize, double rule) {
        if (throughputBySize.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Integer, Estimate> best = null;
        for (Map.Entry<Integer, Estimate> e : throughputBySize.entrySet()) {
            if (best == null || e.getValue().value() > best.getValue().value()) {
                best = e;
            }
        }
        Estimate top = best.getValue();
        boolean known = top.known();
        List<Integer> within = new ArrayList<>();
        for (Map.Entry<Integer, Estimate> e : throughputBySize.entrySet()) {
            if (known ? e.getValue().value() >= top.lo() && e.getValue().value() <= top.hi() : e.getKey().equals(best.getKey())) {
                within.add(e.getKey());
            }
        }
        int smallest = within.get(0);
        int largestWithin = within.get(within.size() - 1);
        SortedMap<Integer, Estimate> under = throughputBySize.headMap(smallest);
        OptionalInt below = under.isEmpty() ? OptionalInt.empty() : OptionalInt.of(under.lastKey());
        boolean openAbove = smallest == throughputBySize.lastKey();
        Fit fit = !known ? Fit.UNKNOWN : below.isPresent() && rule <= below.getAsInt() ? Fit.TOO_FEW
                : rule > smallest && !openAbove ? Fit.TOO_MANY : Fit.HOLDS;
        OptionalDouble ratioBelow = below.isPresent() ? OptionalDouble.of(below.getAsInt() / rule) : OptionalDouble.empty();
        return Optional.of(new PoolOptimum(best.getKey(), top, smallest, largestWithin, below, openAbove, known, rule, fit,
                smallest / rule, ratioBelow));
    }
}
