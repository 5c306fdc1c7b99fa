package parbench.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parbench.jmhfmt.BenchmarkRow;
import parbench.machine.MachineRecord;

/**
 * Which block round each fork of a configuration ran in. Forks of one block round ran seconds
 * apart and share the host's minute, so a ratio of two configurations pairs them. A run's machine
 * record lists the rounds; in a record from before that list, fork r of a configuration with as
 * many forks as its block's serial loop is the block's round r (every round ran serial). A plain
 * JMH file ran each configuration's forks back to back: nothing in it is paired.
 *
 * <p>The record also says what a fork of each configuration took, which prices a round more of it.
 *
 * @param byConfiguration each configuration's forks' rounds, keyed by {@link #key}
 * @param byIndexInBlocks take fork r as round r where a configuration has as many forks as serial
 * @param forkSeconds     each configuration's median fork in seconds, keyed by {@link #key}; empty where unknown
 */
public record ForkRounds(Map<String, List<Integer>> byConfiguration, boolean byIndexInBlocks, Map<String, Double> forkSeconds) {

    public static final ForkRounds NONE = new ForkRounds(Map.of(), false);

    public ForkRounds(Map<String, List<Integer>> byConfiguration, boolean byIndexInBlocks) {
        this(byConfiguration, byIndexInBlocks, Map.of());
    }

    /** What a machine record says about its run's rounds; null (a plain JMH file) pairs nothing. */
    public static ForkRounds of(MachineRecord machine) {
        MachineRecord.Forks f = machine == null ? null : machine.forks();
        if (f == null || !f.interleaved()) {
            return NONE;
        }
        if (f.blockRounds() != null) {
            return new ForkRounds(f.blockRounds(), false, f.forkSeconds() == null ? Map.of() : f.forkSeconds());
        }
        return new ForkRounds(Map.of(), f.design() != null);
    }

    /** "parbench.bench.SerialBench.rangeSum avgt {n=1000}": benchmark, mode and parameters, as the record and a row both have them. */
    public static String key(String benchmark, String mode, Map<String, String> params) {
        return benchmark + " " + mode + " " + new TreeMap<>(params);
    }

    /** What a fork of a row's configuration took, where the record says. */
    java.util.OptionalDouble seconds(BenchmarkRow row) {
        Double s = forkSeconds.get(key(row.benchmark(), row.mode(), row.params()));
        return s == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(s);
    }

    /** A row's forks' rounds, or an empty array where the record names none (or not one per fork). */
    int[] of(BenchmarkRow row, int forks) {
        List<Integer> r = byConfiguration.get(key(row.benchmark(), row.mode(), row.params()));
        return r == null || r.size() != forks ? new int[0] : r.stream().mapToInt(Integer::intValue).toArray();
    }
}
