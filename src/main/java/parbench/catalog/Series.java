package parbench.catalog;

import java.util.Map;
import java.util.Optional;
import parbench.work.Policy;
import parbench.work.Tuning;

/**
 * One line of the suite's tables and charts: a benchmark class, and where it has them the queue
 * policy (uneven tasks), the per-element variant (common-pool streams) or a tuning other than the
 * declared policy (the fixed pool's and manual threads' tuning parameters).
 *
 * @param policy     null except for the uneven tasks
 * @param perElement a stream of single elements instead of chunks
 * @param tuning     a tuning other than the declared policy that a row names in its parameters;
 *                   null for the declared policy, for every class without tuning parameters, and for
 *                   result files older than them (so a series compares equal across all three)
 */
public record Series(Bench bench, Policy policy, boolean perElement, Tuning tuning) {

    public Series(Bench bench, Policy policy, boolean perElement) {
        this(bench, policy, perElement, null);
    }

    /** The series a JMH row measures: its benchmark name, method and params; empty for other suites' rows. */
    public static Optional<Series> of(String benchmark, Map<String, String> params) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        return Bench.ofBenchmark(benchmark).map(b -> new Series(b, policy(params.get(Params.POLICY)),
                method.endsWith(Workload.PER_ELEMENT), tuning(params)));
    }

    public static Series of(Bench bench) {
        return new Series(bench, null, false);
    }

    /** A series a ranking of mechanisms holds to: no tuning of its own beyond the declared policy. */
    public boolean ranked() {
        return tuning == null;
    }

    /** The same series under the declared policy. */
    public Series declared() {
        return new Series(bench, policy, perElement, null);
    }

    private static Tuning tuning(Map<String, String> params) {
        String split = params.get(Params.SPLIT);
        String caller = params.get(Params.CALLER);
        String spin = params.get(Params.SPIN);
        if (split == null || caller == null || spin == null) {
            return null;
        }
        try {
            Tuning t = Tuning.of(split, caller, spin);
            return t.isDeclared() ? null : t;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
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
        if (tuning != null) {
            return bench.label + ", " + tuning.label();
        }
        return policy == null ? bench.label : bench.label + ", " + policy.label();
    }
}
