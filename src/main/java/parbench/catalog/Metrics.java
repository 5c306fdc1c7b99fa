package parbench.catalog;

/** The secondary metrics the load profiler adds to every iteration, named once for the profiler and the analysis. */
public final class Metrics {
    /** System CPU load, 0 to 1. */
    public static final String LOAD = "cpu.load";
    /** System CPU load x logical processors. */
    public static final String BUSY_CORES = "cpu.busyCores";
    /** Share of CPU time stolen by the hypervisor. */
    public static final String STEAL = "cpu.steal";
    /** This JVM's own CPU load. */
    public static final String JVM_LOAD = "cpu.jvmLoad";

    private Metrics() {
    }
}
