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
 * @param byConfiguration each configuration's forks' rounds, keyed by {@link #key}
 * @param byIndexInBlocks take fork r as round r where a configuration has as many forks as serial
 */
public record ForkRounds(Map<String, List<Integer>> byConfiguration, boolean byIndexInBlocks) {

    public static final ForkRounds NONE = new ForkRounds(Map.of(), false);

    /** What a machine record says about its run's rounds; null (a plain JMH file) pairs nothing. */
    public static ForkRounds of(MachineRecord machine) {
        MachineRecord.Forks f = machine == null ? null : machine.forks();
        if (f == null || !f.interleaved()) {
            return NONE;
        }
        if (f.blockRounds() != null) {
            return new ForkRounds(f.blockRounds(), false);
        }
        return new ForkRounds(Map.of(), f.design() != null);
    }

    /** "parbench.bench.SerialBench.rangeSum avgt {n=1000}": benchmark, mode and parameters, as the record and a row both have them. */
    public static String key(String benchmark, String mode, Map<String, String> params) {
        return benchmark + " " + mode + " " + new TreeMap<>(params);
    }

    /** A row's forks' rounds, or an empty array where the record names none (or not one per fork). */
    int[] of(BenchmarkRow row, int forks) {
        List<Integer> r = byConfiguration.get(key(row.benchmark(), row.mode(), row.params()));
        return r == null || r.size() != forks ? new int[0] : r.stream().mapToInt(Integer::intValue).toArray();
    }
}
