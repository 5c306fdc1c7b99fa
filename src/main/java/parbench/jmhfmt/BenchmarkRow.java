package parbench.jmhfmt;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of a JMH result file: a benchmark at one mode, thread count and parameter set.
 *
 * @param benchmark   the fully qualified method name
 * @param params      @Param values (empty where the benchmark has none)
 * @param secondaries secondary metrics by name, with JMH's old "·" prefix removed
 */
public record BenchmarkRow(
        String benchmark,
        String mode,
        int threads,
        int forks,
        SortedMap<String, String> params,
        Metric primary,
        Map<String, Metric> secondaries,
        JvmFields jvm) {

    /**
     * What JMH itself records of the JVM; fields that a version did not write are null.
     *
     * @param jvmArgs the forks' JVM arguments (empty where none, or not recorded)
     */
    public record JvmFields(String jmhVersion, String jvm, String jdkVersion, String vmName, String vmVersion,
            java.util.List<String> jvmArgs) {
    }

    /** The key rows are matched by across files: benchmark, mode, params and threads. */
    public String key() {
        return benchmark + " " + mode + " " + params + " t" + threads;
    }

    /** The method's simple name: parbench.bench.FixedPoolBench.rangeSum becomes FixedPoolBench.rangeSum. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
    }

    /** The method name (rangeSum). */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** name=value pairs, or "" without params, as a table cell shows them. */
    public String paramText() {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(v));
        if (threads > 1) {
            s.append(s.length() == 0 ? "" : " ").append("threads=").append(threads);
        }
        return s.toString();
    }
}
