package parbench.catalog;

import java.util.Map;
import java.util.Optional;
import parbench.work.Policy;

/**
 * One line of the suite's tables and charts: a benchmark class, and where it has them the queue
 * policy (uneven tasks) or the per-element variant (common-pool streams).
 *
 * @param policy     null except for the uneven tasks
 * @param perElement a stream of single elements instead of chunks
 */
public record Series(Bench bench, Policy policy, boolean perElement) {

    /** The series a JMH row measures: its benchmark name, method and params; empty for other suites' rows. */
    public static Optional<Series> of(String benchmark, Map<String, String> params) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        return Bench.ofBenchmark(benchmark).map(b -> new Series(b, policy(params.get(Params.POLICY)),
                method.endsWith(Workload.PER_ELEMENT)));
    }

    public static Series of(Bench bench) {
        return new Series(bench, null, false);
    }

    private static Policy policy(String name) {
        try {
            return name == null ? null : Policy.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** "serial", "streams per element, common pool", "queue workers, longest first". */
    public String label() {
        if (perElement && bench == Bench.COMMON_POOL_STREAMS) {
            return "streams per element, common pool";
        }
        return policy == null ? bench.label : bench.label + ", " + policy.label();
    }
}
