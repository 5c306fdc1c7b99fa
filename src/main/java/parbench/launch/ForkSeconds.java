package parbench.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import parbench.analysis.ForkRounds;

/**
 * What each configuration's forks took in wall time, its JVM's start and set-up included: what a
 * round more of a block will cost, what completing every configuration to the forks an interval
 * needs will cost, and what the machine record says of it.
 */
final class ForkSeconds {
    private final Map<Configuration, List<Double>> seconds = new LinkedHashMap<>();

    synchronized void add(Configuration c, double forkSeconds) {
        seconds.computeIfAbsent(c, k -> new ArrayList<>()).add(forkSeconds);
    }

    /** A round of these configurations: each one's median fork (for a new size, the size it was copied from). */
    double of(Block b) {
        return b.configurations().stream().mapToDouble(this::of).sum();
    }

    /** A configuration's median fork; for one not run yet, the slowest median of its benchmark's other configurations. */
    synchronized double of(Configuration c) {
        List<Double> own = seconds.get(c);
        if (own != null && !own.isEmpty()) {
            return median(own);
        }
        return seconds.entrySet().stream().filter(e -> e.getKey().benchmark().equals(c.benchmark()) && !e.getValue().isEmpty())
                .mapToDouble(e -> median(e.getValue())).max().orElse(1.0);
    }

    /** What giving every configuration of these blocks this many forks would take, at each one's median fork. */
    double toComplete(List<Block> blocks, int forks, ToIntFunction<Configuration> rounds) {
        double total = 0;
        for (Block b : blocks) {
            for (Configuration c : b.configurations()) {
                total += Math.max(0, forks - rounds.applyAsInt(c)) * of(c);
            }
        }
        return total;
    }

    /** Each configuration's median fork in seconds, to the millisecond, keyed as the record keys its rounds. */
    synchronized Map<String, Double> medians() {
        Map<String, Double> byKey = new LinkedHashMap<>();
        seconds.forEach((c, s) -> {
            if (!s.isEmpty()) {
                byKey.put(ForkRounds.key(c.benchmark(), c.mode().shortLabel(), c.params()), Math.round(median(s) * 1000) / 1000.0);
            }
        });
        return byKey;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
