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
                    + "the sequential threshold decides"),
    WAITING_POOL("WaitingPoolBench", "fixed pool (waiting work)", Role.WAITING, Fixed.ONE,
            "tasks that compute for C, then wait for W, on pools of 1 to 512 threads: the size that keeps the cores "
                    + "busy grows with W / C, and Goetz's rule says by how much"),
    WAITING_VIRTUAL_THREADS("WaitingVirtualThreadsBench", "virtual threads (waiting work)", Role.WAITING, Fixed.ONE,
            "the same tasks on a virtual thread each (JDK 21+): no pool size to choose, a waiting task gives its carrier back"),
    WAITING_FUTURES("WaitingFuturesBench", "futures, no executor (waiting work)", Role.WAITING, Fixed.ONE,
            "the same tasks through supplyAsync without an executor: a thread per task on JDK 17 with 2 processors, "
                    + "the common pool's one worker from JDK 25 (JDK-8362881)"),
    MANY_WAITING_POOL("ManyWaitingPoolBench", "pool (10,000 waiting tasks)", Role.WAITING, Fixed.ONE,
            "10,000 tasks that wait 10 ms each on a pool of 200 (a servlet container's default) or of Goetz's size: "
                    + "time per batch, and the resident memory its threads take"),
    MANY_WAITING_VIRTUAL_THREADS("ManyWaitingVirtualThreadsBench", "virtual threads (10,000 waiting tasks)", Role.WAITING,
            Fixed.ONE, "the same 10,000 waiting tasks on a virtual thread each (JDK 21+): time per batch and resident memory");

    /** Where the suite's benchmark classes live. */
    public static final String PACKAGE = "parbench.bench.";

    /**
     * What a row of this class is to the analysis. WAITING: the waiting work, which has no workload
     * of SuiteRun's and is read by its own analysis (parbench.analysis.WaitingWork).
     */
    public enum Role { BASELINE, CEILING, THREADS, PROCESSES, WAITING }

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

    /** A class that needs virtual threads (JDK 21+): the launcher leaves it out on an older JVM, with a note. */
    public boolean needsVirtualThreads() {
        return this == VIRTUAL_THREADS || this == WAITING_VIRTUAL_THREADS || this == MANY_WAITING_VIRTUAL_THREADS;
    }

    /** The class a JMH benchmark name ("parbench.bench.FixedPoolBench.rangeSum") belongs to. */
    public static Optional<Bench> ofBenchmark(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        String cls = dot < 0 ? benchmark : benchmark.substring(0, dot);
        return Arrays.stream(values()).filter(b -> b.className().equals(cls)).findFirst();
    }
}
