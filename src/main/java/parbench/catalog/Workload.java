package parbench.catalog;

import java.util.Optional;

/** What a benchmark method measures, which parameter is its size, and the method names that measure it. */
public enum Workload {
    RANGE_SUM("range sum", "Range sum (CPU-bound)", Params.N, "rangeSum"),
    SQUARES("squares", "Squares (memory-bound)", Params.LENGTH, "squares"),
    SLEEPING("sleeping tasks", "Sleeping tasks", Params.MILLIS, "sleepingTasks"),
    UNEVEN_SLEEP("uneven tasks (sleep)", "Uneven tasks, sleep units", Params.UNIT_MILLIS, "unevenSleep"),
    UNEVEN_CPU("uneven tasks (CPU)", "Uneven tasks, CPU units", null, "unevenCpu"),
    KERNEL("kernel", "Your kernel", Params.N, "kernel");

    /** A method that ends in this measures its workload one element at a time (per-element streams). */
    public static final String PER_ELEMENT = "PerElement";

    public final String title;
    public final String heading;
    /** The @Param that sets the size; null where the workload has one fixed size. */
    public final String sizeParam;
    public final String method;

    Workload(String title, String heading, String sizeParam, String method) {
        this.title = title;
        this.heading = heading;
        this.sizeParam = sizeParam;
        this.method = method;
    }

    /** The workload of a benchmark, "parbench.bench.FixedPoolBench.rangeSum": its method's. */
    public static Optional<Workload> ofBenchmark(String benchmark) {
        return ofMethod(benchmark.substring(benchmark.lastIndexOf('.') + 1));
    }

    /** The size a configuration's parameters give this workload; 0 where it has no size parameter or the value is no number. */
    public long size(java.util.Map<String, String> params) {
        try {
            return sizeParam == null ? 0 : Long.parseLong(params.getOrDefault(sizeParam, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The workload of a method: its name, or its name + "PerElement". */
    public static Optional<Workload> ofMethod(String method) {
        String base = method.endsWith(PER_ELEMENT) ? method.substring(0, method.length() - PER_ELEMENT.length()) : method;
        for (Workload w : values()) {
            if (w.method.equals(base)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Range sum, squares and a user's kernel: sized work split into chunks, measured at several worker counts. */
    public boolean scales() {
        return this == RANGE_SUM || this == SQUARES || this == KERNEL;
    }
}
