package parbench.machine;

import parbench.catalog.Metrics;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.CentralProcessor.TickType;
import oshi.util.GlobalConfig;

/**
 * Machine load during each iteration, read from OSHI's system CPU ticks at the iteration's start and
 * end (outside the measured operations). Reported as secondary metrics:
 * <ul>
 *   <li>{@code cpu.load}: share of all logical processors busy (0..1), from every process: child
 *       JVMs are only visible here;</li>
 *   <li>{@code cpu.busyCores}: that share times the logical processor count;</li>
 *   <li>{@code cpu.steal}: share of time the hypervisor gave to someone else;</li>
 *   <li>{@code cpu.jvmLoad}: this JVM's own CPU time as a share of all logical processors.</li>
 * </ul>
 * OSHI caches ticks for 300 ms by default and hands back its cached array, so the cache is turned
 * off for this JVM, every snapshot is copied, and an interval in which no tick moved is reported
 * as NaN rather than as an idle machine, as is an iteration shorter than 50 ms (a single shot). Use with {@code -prof parbench.machine.LoadProfiler}.
 */
public final class LoadProfiler implements InternalProfiler {
    public static final String LOAD = Metrics.LOAD;
    public static final String BUSY_CORES = Metrics.BUSY_CORES;
    public static final String STEAL = Metrics.STEAL;
    public static final String JVM_LOAD = Metrics.JVM_LOAD;
    /** Kernel ticks are 10 ms apart: a shorter interval cannot say how busy the machine was. */
    static final long SHORTEST_INTERVAL_NANOS = 50_000_000L;

    static {
        disableTickCache();
    }

    /**
     * The logical processor count, handed to each fork by the launcher (it has it from the machine
     * record): with it, a fork on Linux reads the ticks from /proc/stat through OSHI's own driver
     * and never sets up OSHI's processor, whose set-up is a good part of a fork's start (docs/methodology.md).
     */
    public static final String LOGICAL_PROCESSORS = "parbench.logicalProcessors";

    private final java.util.function.Supplier<long[]> ticks;
    private final int logical;
    private final com.sun.management.OperatingSystemMXBean os;
    private Snapshot start;
    private long startCpuNanos;
    private long startWallNanos;

    public LoadProfiler() {
        Integer given = Integer.getInteger(LOGICAL_PROCESSORS);
        java.util.function.Supplier<long[]> source = given == null ? null : linuxTicks();
        if (source != null) {
            logical = given;
        } else {
            CentralProcessor cpu = processor();
            source = cpu == null ? null : cpu::getSystemCpuLoadTicks;
            logical = cpu != null ? cpu.getLogicalProcessorCount() : Runtime.getRuntime().availableProcessors();
        }
        ticks = source;
        os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    }

    /** /proc/stat's system ticks in OSHI's TickType order; null off Linux or where they cannot be read. */
    private static java.util.function.Supplier<long[]> linuxTicks() {
        try {
            if (System.getProperty("os.name", "").startsWith("Linux")
                    && oshi.util.driver.linux.proc.CpuStat.getSystemCpuLoadTicks().length == TickType.values().length) {
                return oshi.util.driver.linux.proc.CpuStat::getSystemCpuLoadTicks;
            }
        } catch (Throwable t) {
            // an unusual /proc: the general path below
        }
        return null;
    }

    private static CentralProcessor processor() {
        try {
            CentralProcessor cpu = new SystemInfo().getHardware().getProcessor();
            cpu.getSystemCpuLoadTicks(); // the first read pays OSHI's set-up here, not in an iteration
            return cpu;
        } catch (Throwable t) {
            // no readable OSHI data: the benchmarks still run, the system figures say NaN
            return null;
        }
    }

    /** Makes every getSystemCpuLoadTicks() read /proc/stat (or its equivalent) afresh. */
    public static void disableTickCache() {
        GlobalConfig.set(GlobalConfig.OSHI_UTIL_MEMOIZER_EXPIRATION, 0);
    }

    @Override
    public String getDescription() {
        return "system CPU load, busy cores, steal and this JVM's CPU per iteration (OSHI)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = ticks == null ? null : Snapshot.of(ticks.get());
        startCpuNanos = os.getProcessCpuTime();
        startWallNanos = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long wall = System.nanoTime() - startWallNanos;
        long cpu = os.getProcessCpuTime() - startCpuNanos;
        Load load = Load.UNKNOWN;
        if (ticks != null && wall >= SHORTEST_INTERVAL_NANOS) {
            load = Load.between(start, Snapshot.of(ticks.get()));
        }
        List<Result> results = new ArrayList<>();
        results.add(new ScalarResult(LOAD, load.busy(), "fraction", AggregationPolicy.AVG));
        results.add(new ScalarResult(BUSY_CORES, load.busy() * logical, "cores", AggregationPolicy.AVG));
        results.add(new ScalarResult(STEAL, load.steal(), "fraction", AggregationPolicy.AVG));
        double jvm = wall >= SHORTEST_INTERVAL_NANOS && cpu >= 0 ? (double) cpu / wall / logical : Double.NaN;
        results.add(new ScalarResult(JVM_LOAD, jvm, "fraction", AggregationPolicy.AVG));
        return results;
    }

    /**
     * Ticks as OSHI returned them: raw is OSHI's own array (kept only to recognise it), ticks a copy.
     * OSHI hands back the very same array while its cache holds, so the same raw array twice means
     * the second read was not a read at all.
     */
    public record Snapshot(long[] raw, long[] ticks) {
        public static Snapshot of(long[] raw) {
            return new Snapshot(raw, raw.clone());
        }
    }

    /** Busy and steal shares between two tick snapshots; NaN where no tick moved (a stale snapshot). */
    public record Load(double busy, double steal) {
        static final Load UNKNOWN = new Load(Double.NaN, Double.NaN);

        public static Load between(Snapshot start, Snapshot end) {
            return start.raw() == end.raw() ? UNKNOWN : between(start.ticks(), end.ticks());
        }

        public static Load between(long[] start, long[] end) {
            long total = 0;
            for (int i = 0; i < end.length; i++) {
                total += end[i] - start[i];
            }
            if (total <= 0) {
                return UNKNOWN;
            }
            long idle = delta(start, end, TickType.IDLE) + delta(start, end, TickType.IOWAIT);
            long steal = delta(start, end, TickType.STEAL);
            return new Load((double) (total - idle) / total, (double) steal / total);
        }

        private static long delta(long[] start, long[] end, TickType type) {
            return end[type.getIndex()] - start[type.getIndex()];
        }
    }
}
