package parbench.catalog;

/**
 * The @Param names of the benchmark classes, spelled once: the launcher sets them, the analysis
 * reads them from result files. JMH takes a @Param's name from its field, which no constant can
 * name, so a test holds every benchmark class's fields to these.
 */
public final class Params {
    /** A worker-count symbol ({@link Workers}). */
    public static final String WORKERS = "workers";
    /** Range sum's and a kernel's size. */
    public static final String N = "n";
    /** Squares' array length. */
    public static final String LENGTH = "length";
    /** Sleeping tasks' sleep. */
    public static final String MILLIS = "millis";
    /** The uneven tasks' sleep unit. */
    public static final String UNIT_MILLIS = "unitMillis";
    /** The uneven tasks' queue policy. */
    public static final String POLICY = "policy";
    /** How a tuned strategy cuts the work ({@link parbench.work.Tuning}). */
    public static final String SPLIT = "split";
    /** Whether a tuned strategy's caller waits or works. */
    public static final String CALLER = "caller";
    /** Whether a tuned strategy's caller spins before it blocks. */
    public static final String SPIN = "spin";
    /** A user's kernel class. */
    public static final String KERNEL = "kernel";
    /** The waiting work's wait share W / (W + C), in percent. */
    public static final String WAIT_PERCENT = "waitPercent";
    /** The waiting work's fixed pool: a number of threads, or "goetz" for the rule's size (many waiting tasks). */
    public static final String POOL_SIZE = "poolSize";
    /** The waiting work's compute per task, C, in microseconds. */
    public static final String COMPUTE_MICROS = "computeMicros";
    /** The range-sum kernel's speed the launcher measured once for every fork; 0 where a fork measures its own. */
    public static final String ELEMENTS_PER_MICRO = "elementsPerMicro";
    /** How a waiting task blocks: "park" or "socket" (a loopback round trip). */
    public static final String BLOCKING = "blocking";
    /** The many waiting tasks' batch size. */
    public static final String TASKS = "tasks";
    /** The many waiting tasks' wait, in milliseconds. */
    public static final String WAIT_MILLIS = "waitMillis";

    private Params() {
    }
}
