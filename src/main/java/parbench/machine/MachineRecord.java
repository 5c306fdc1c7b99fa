package parbench.machine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a run was measured on, written beside its JMH JSON as {@code <timestamp>.machine.json}.
 * Fields OSHI could not read are null and named in {@code missing}.
 *
 * @param cpuModel            the processor's marketing name
 * @param packages            physical CPU packages (sockets)
 * @param physicalCores       physical cores over all packages
 * @param logicalProcessors   hardware threads the OS sees (ignores taskset and cgroup quotas)
 * @param availableProcessors what the benchmark JVM may use (honours taskset and cgroup quotas)
 * @param cgroupCpuQuota      a cgroup CPU limit in cores, or null where there is none
 * @param memoryBytes         physical memory
 * @param os                  operating system and version
 * @param jvm                 the JVM that ran the benchmarks
 * @param launcherJvm         the JVM that launched them, when it differs (-jvm)
 * @param date                when the run started (ISO-8601, UTC)
 * @param suiteVersion        parbench's version
 * @param missing             what could not be read, and why
 * @param incomplete          for a run that was stopped: what did not finish
 * @param forks               how the forks were run: in interleaved rounds (with the shuffle's seed)
 *                            or in JMH's own order; null in records from before rounds
 * @param suiteHash           the SHA-256 of the code that shaped the measurement ({@link SuiteHash}):
 *                            runs of one machine name, JDK feature version and this hash are of one
 *                            suite, and pool; null in records from before it, and where the launcher
 *                            could not read its own classes
 * @param calibration         the waiting work's compute kernel, timed once for every fork; null where
 *                            the run measured no waiting work (or was given its speed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true) // a record written by a later version still loads
public record MachineRecord(
        String name,
        String cpuModel,
        Integer packages,
        Integer physicalCores,
        Integer logicalProcessors,
        int availableProcessors,
        Double cgroupCpuQuota,
        Long memoryBytes,
        String os,
        JvmInfo jvm,
        JvmInfo launcherJvm,
        String date,
        String suiteVersion,
        List<String> missing,
        Incomplete incomplete,
        Forks forks,
        String suiteHash,
        Calibration calibration) {

    /**
     * The range-sum kernel's speed, measured once at the start of a run and passed to every fork of
     * the waiting work ({@code -p elementsPerMicro}), so that every fork sizes a task's compute alike.
     *
     * @param elementsPerMicro what every fork was given
     * @param measuredIn       "forks' JVM" (started as a fork is) or "launcher" (where the benchmarks ran in it, -f 0)
     * @param seconds          what measuring it took
     */
    public record Calibration(double elementsPerMicro, String measuredIn, double seconds) {
    }

    /** A JVM as the machine record names it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JvmInfo(String vendor, String version, String vmName, String javaHome, Integer availableProcessors) {
        public int featureVersion() {
            // "17.0.15", "25", or the old "1.8.0_392" style whose feature number follows "1."
            String v = version == null ? "" : version.startsWith("1.") ? version.substring(2) : version;
            int end = 0;
            while (end < v.length() && Character.isDigit(v.charAt(end))) {
                end++;
            }
            return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
        }
    }

    /** A run stopped part way: which benchmarks finished, which one was running, what never ran. */
    public record Incomplete(String reason, List<String> finished, List<String> notFinished) {
    }

    /**
     * How a run's forks were run.
     *
     * @param interleaved every configuration once per round, rounds in a shuffled order; false: JMH's order
     * @param planned     forks per configuration asked for (rounds, when interleaved)
     * @param finished    rounds that finished (interleaved only)
     * @param seed        the seed of the rounds' shuffle (interleaved only): --seed repeats the order
     * @param retried     forks run again at once because a child JVM could not start (interleaved
     *                    only; null where none was): fork r stays round r
     * @param design      how the rounds were spent (interleaved only; null in records from before blocks)
     * @param blockRounds each configuration's forks, in the result file's order, as the numbers of
     *                    the block rounds they ran in (the run's first block round is 1): forks with
     *                    one number ran seconds apart, and a ratio pairs them (interleaved only; null
     *                    in records made before the rounds were recorded); keyed as {@code parbench.analysis.ForkRounds} keys a row
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Forks(boolean interleaved, int planned, Integer finished, Long seed, List<Retried> retried,
            Design design, Map<String, List<Integer>> blockRounds) {
        public Forks(boolean interleaved, int planned, Integer finished, Long seed, List<Retried> retried) {
            this(interleaved, planned, finished, seed, retried, null, null);
        }
    }

    /**
     * How an interleaved run spent its forks: rounds of blocks (a workload at one size), the same
     * number for every block (-f F), or a pilot of every block and then rounds where the targets
     * were furthest from their goals, until they were met or the budget was spent.
     *
     * @param adaptive      rounds went where the targets needed them; false: -f F rounds of everything
     * @param pilotRounds   the rounds every block got first (adaptive only)
     * @param budgetSeconds the time the run could spend measuring (adaptive only)
     * @param goals         what the targets aimed at (adaptive only)
     * @param wallSeconds   the time the rounds took
     * @param blocks        each block with the rounds it got, in the order the plan has them
     * @param targetsMet    headline figures that met their goals, of targets (adaptive only)
     * @param stopped       why the rounds ended (adaptive only): every target met, or the budget spent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Design(boolean adaptive, Integer pilotRounds, Double budgetSeconds, Goals goals, double wallSeconds,
            List<BlockRounds> blocks, Integer targetsMet, Integer targets, String stopped) {
    }

    /** The precision a run aimed at: see the analysis's targets. */
    public record Goals(double sharePoints, double speedupPercent, double bracket) {
    }

    /**
     * @param rounds the most rounds any of its configurations had (after the pilot a round may run part of a block)
     * @param added  the block is a size the run added around a break-even (not in the plan)
     */
    public record BlockRounds(String block, int configurations, int rounds, boolean added) {
    }

    /** A fork that failed for the host's trouble of the moment, and was run again in its round. */
    public record Retried(String configuration, int round, String reason) {
    }

    /** The record as written beside a result file. */
    public byte[] toJson() throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(this);
    }

    public MachineRecord withIncomplete(Incomplete what) {
        return new MachineRecord(name, cpuModel, packages, physicalCores, logicalProcessors, availableProcessors,
                cgroupCpuQuota, memoryBytes, os, jvm, launcherJvm, date, suiteVersion, missing, what, forks, suiteHash, calibration);
    }

    public MachineRecord withForks(Forks how) {
        return new MachineRecord(name, cpuModel, packages, physicalCores, logicalProcessors, availableProcessors,
                cgroupCpuQuota, memoryBytes, os, jvm, launcherJvm, date, suiteVersion, missing, incomplete, how, suiteHash, calibration);
    }

    public MachineRecord withSuiteHash(String hash) {
        return new MachineRecord(name, cpuModel, packages, physicalCores, logicalProcessors, availableProcessors,
                cgroupCpuQuota, memoryBytes, os, jvm, launcherJvm, date, suiteVersion, missing, incomplete, forks, hash, calibration);
    }

    public MachineRecord withCalibration(Calibration measured) {
        return new MachineRecord(name, cpuModel, packages, physicalCores, logicalProcessors, availableProcessors,
                cgroupCpuQuota, memoryBytes, os, jvm, launcherJvm, date, suiteVersion, missing, incomplete, forks, suiteHash, measured);
    }
}
