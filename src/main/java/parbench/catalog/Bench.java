package parbench.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every benchmark class of the suite, named once: its label in tables and charts, its role, what it
 * teaches, and how many workers it uses where it has no workers parameter. The launcher, the
 * analysis, the report, the chart and the index all go through this; none matches a class name or
 * a label as a string of its own.
 */
public enum Bench {
    SERIAL("SerialBench", "serial", Role.BASELINE, Fixed.ONE,
            "the baseline every speedup is against; also the 36 serial units of the uneven tasks"),
    CEILING("CeilingBench", "ceiling (JMH threads)", Role.CEILING, Fixed.JMH_THREADS,
            "what the hardware gives: one JMH thread per processor running the serial kernel independently; "
                    + "on a VM usually less than the core count"),
    MANUAL_THREADS("ManualThreadsBench", "manual threads", Role.THREADS, Fixed.ONE,
            "threads started and joined per call, one per equal chunk: "
                    + "the start is the cost, paid on every call"),
    FIXED_POOL("FixedPoolBench", "fixed pool", Role.THREADS, Fixed.ONE,
            "threads created once: a call pays a hand-off and a wake-up per chunk, not a start; more workers "
                    + "than cores buys nothing for CPU work"),
    SIZED_POOL_STREAMS("ParallelStreamsBench", "streams, sized pool", Role.THREADS, Fixed.ONE,
            "a stream over the chunks inside a ForkJoinPool of the worker count: the caller joins the work, "
                    + "as streams do; sleeping work blocks its threads"),
    COMMON_POOL_STREAMS("CommonPoolStreamsBench", "streams, common pool", Role.THREADS, Fixed.CORES,
            "what a plain .parallel() does, chunked and per element "
                    + "(LongStream.range(0, n).parallel().sum()): the caller joins the work"),
    COLD_PROCESSES("ColdProcessesBench", "cold processes", Role.PROCESSES, Fixed.ONE,
            "one child JVM per chunk, like multiprocessing.Process: the JVM start is the price, "
                    + "and the result must come back over stdout"),
    WARM_PROCESSES("WarmProcessesBench", "warm processes", Role.PROCESSES, Fixed.ONE,
            "long-lived child JVMs fed over stdin/stdout, like multiprocessing.Pool: a round trip per task"),
    QUEUE_WORKERS("QueueWorkersBench", "queue workers", Role.THREADS, Fixed.ONE,
            "workers draining a shared queue, on the common workloads"),
    UNEVEN_TASKS("UnevenTasksBench", "queue workers", Role.THREADS, Fixed.UNEVEN_TASK_WORKERS,
            "with tasks of uneven size the queue policy decides the makespan: longest first reaches the optimum 9"),
    VIRTUAL_THREADS("VirtualThreadsBench", "virtual threads", Role.THREADS, Fixed.ONE,
            "one virtual thread per task (JDK 21+); left out, with a note, on JDK 17"),
    POOL_FUTURES("FuturesBench", "futures, fixed pool", Role.THREADS, Fixed.ONE,
            "CompletableFuture.supplyAsync per chunk on a fixed pool, then join: the fixed pool behind "
                    + "another API"),
    COMMON_POOL_FUTURES("CommonPoolFuturesBench", "futures, no executor", Role.THREADS, Fixed.CORES,
            "supplyAsync without an executor: a thread per task on JDK 17 with 2 processors, "
                    + "the common pool's one worker from JDK 25 (JDK-8362881)"),
    RECURSIVE_TASKS("RecursiveTaskBench", "fork/join tasks", Role.THREADS, Fixed.ONE,
            "a RecursiveTask that halves its range down to four leaves a worker, forks one half and joins: "
                    + "the sequential threshold decides");

    /** Where the suite's benchmark classes live. */
    public static final String PACKAGE = "parbench.bench.";

    /** What a row of this class is to the analysis. */
    public enum Role { BASELINE, CEILING, THREADS, PROCESSES }

    /** The worker count of a class without a workers parameter. */
    public enum Fixed { ONE, CORES, JMH_THREADS, UNEVEN_TASK_WORKERS }

    public final String simpleName;
    public final String label;
    public final Role role;
    public final Fixed fixedWorkers;
    public final String lesson;

    Bench(String simpleName, String label, Role role, Fixed fixedWorkers, String lesson) {
        this.simpleName = simpleName;
        this.label = label;
        this.role = role;
        this.fixedWorkers = fixedWorkers;
        this.lesson = lesson;
    }

    public String className() {
        return PACKAGE + simpleName;
    }

    /** A strategy that spreads work (not the baseline, not the ceiling). */
    public boolean isStrategy() {
        return role == Role.THREADS || role == Role.PROCESSES;
    }

    /** The class a JMH benchmark name ("parbench.bench.FixedPoolBench.rangeSum") belongs to. */
    public static Optional<Bench> ofBenchmark(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        String cls = dot < 0 ? benchmark : benchmark.substring(0, dot);
        return Arrays.stream(values()).filter(b -> b.className().equals(cls)).findFirst();
    }
}
