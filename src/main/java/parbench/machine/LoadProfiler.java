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

    private final CentralProcessor processor;
    private final int logical;
    private final com.sun.management.OperatingSystemMXBean os;
    private Snapshot start;
    private long startCpuNanos;
    private long startWallNanos;

    public LoadProfiler() {
        CentralProcessor cpu;
        try {
            cpu = new SystemInfo().getHardware().getProcessor();
            cpu.getSystemCpuLoadTicks(); // the first read pays OSHI's set-up here, not in an iteration
        } catch (Throwable t) {
            // no readable OSHI data: the benchmarks still run, the system figures say NaN
            cpu = null;
        }
        processor = cpu;
        logical = cpu != null ? cpu.getLogicalProcessorCount() : Runtime.getRuntime().availableProcessors();
        os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
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
        start = processor == null ? null : Snapshot.of(processor.getSystemCpuLoadTicks());
        startCpuNanos = os.getProcessCpuTime();
        startWallNanos = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long wall = System.nanoTime() - startWallNanos;
        long cpu = os.getProcessCpuTime() - startCpuNanos;
        Load load = Load.UNKNOWN;
        if (processor != null && wall >= SHORTEST_INTERVAL_NANOS) {
            load = Load.between(start, Snapshot.of(processor.getSystemCpuLoadTicks()));
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
