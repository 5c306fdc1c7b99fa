package parbench.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;
import parbench.catalog.Plan;
import parbench.machine.Fingerprint;
import parbench.machine.LoadProfiler;
import parbench.machine.MachineRecord;
import parbench.machine.SuiteHash;
import parbench.results.ResultsFolder;

/**
 * Runs the suite: JMH's command line as it is (every option overrides the defaults in the
 * benchmark classes), plus a few things JMH does not do. It checks the command line before
 * anything runs, takes the machine record before the first benchmark, turns on the load profiler,
 * leaves out virtual threads on a JVM without them, and chooses how the forks run (interleaved
 * rounds, or JMH's order); {@link RunFiles} saves what finishes and writes the run's files.
 */
public final class SuiteLauncher {
    /**
     * The pilot's rounds of every block when -f is not given: a first pass, half the forks an
     * interval needs, so that the adaptive steps choose from every configuration's first figures
     * within a third of the budget; the rounds that complete every configuration come after them.
     * Two forks give no interval yet (three would not either): the steps first run the blocks whose
     * targets are furthest, which are all alike until their intervals appear.
     */
    public static final int PILOT_ROUNDS = 2;
    /**
     * What an adaptive run may spend on its rounds when --budget is not given: 14 minutes 20, so that
     * a default run, its start, the last rounds' overrun and its report included, ends within 15 on 2 cores.
     */
    public static final java.time.Duration DEFAULT_BUDGET = java.time.Duration.ofSeconds(860);

    private final PrintStream out;
    private final PrintStream err;

    public SuiteLauncher(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Returns the exit status: 0 all benchmarks ran and checked out, 1 some failed, 2 a usage error. */
    public int run(List<String> arguments) throws IOException {
        SuiteArguments a = SuiteArguments.parse(arguments);
        CommandLineOptions cmd = a.cmd();
        if (cmd.shouldHelp()) {
            help(cmd);
            return 0;
        }
        if (cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            return list(cmd);
        }
        ParamCheck.check(a.paramArguments(), knownParams(a));
        JmhChecks.regexes(cmd);
        JmhChecks.profilers(cmd);
        a.kernel().ifPresent(k -> k.check(cmd));
        UserOutputs outputs = UserOutputs.of(cmd);
        outputs.touchResultFile();
        try (RunConsole console = RunConsole.open(cmd, out, out == System.out && ProgressLine.isTerminal())) {
            return new SuiteLauncher(console.lines(), err).launch(a, outputs, console);
        }
    }

    /** The checked command line, run: the machine record first, then the benchmarks, then the files. */
    private int launch(SuiteArguments a, UserOutputs outputs, RunConsole console) throws IOException {
        CommandLineOptions cmd = a.cmd();
        MachineRecord.JvmInfo benchmarkJvm = cmd.getForkCount().orElse(a.quick() ? 0 : 1) > 0
                ? JvmProbe.describe(JvmProbe.forkJvm(cmd), JvmProbe.forkArguments(cmd)) : Fingerprint.currentJvm();
        // Before any benchmark: OSHI's first use is slow and probes the system.
        LoadProfiler.disableTickCache();
        // the suite's hash too: reading the jar's classes is not for a measured region either
        MachineRecord machine = Fingerprint.take(benchmarkJvm).withSuiteHash(SuiteHash.ofRunningSuite().orElse(null));
        ComputeCalibration.Applied calibrated = ComputeCalibration.apply(
                UserOutputs.hiddenFrom(SuiteOptions.of(a, benchmarkJvm, machine.logicalProcessors(), out)), out);
        Options suite = calibrated.options();
        machine = calibrated.calibration().map(machine::withCalibration).orElse(machine);
        for (String m : machine.missing()) {
            out.println("# parbench: not recorded: " + m);
        }
        Optional<ClassArchive> archive = ClassArchive.make(suite, out);
        try {
            return launch(a, outputs, machine, archive.map(x -> x.mappedBy(suite)).orElse(suite), console);
        } finally {
            archive.ifPresent(ClassArchive::close);
        }
    }

    private int launch(SuiteArguments a, UserOutputs outputs, MachineRecord machine, Options options, RunConsole console)
            throws IOException {
        ResultsFolder folder = new ResultsFolder(a.resultsRoot());
        ResultsFolder.Run run = a.noSave() ? null : reserve(folder, machine, a.resultsGiven());
        if (run == null) {
            console.noLog();
        } else {
            console.logTo(RunFiles.log(run));
        }
        RunFiles files = new RunFiles(out, err, folder, run, machine, options, outputs, a.resultsGiven(), console);
        RecordingOutput recording = new RecordingOutput(console.jmhFormat(), finished -> files.saveFinished(), console::progress);
        return files.measure(execution(options, a, machine.availableProcessors(), recording), recording);
    }

    private static ResultsFolder.Run reserve(ResultsFolder folder, MachineRecord machine, boolean folderGiven) {
        try {
            return folder.reserve(machine.name(), Instant.now());
        } catch (java.io.UncheckedIOException e) {
            if (folderGiven) {
                throw new UserError(SuiteArguments.RESULTS + " " + folder.root() + ": " + e.getMessage()
                        + " (nothing was run)");
            }
            throw e;
        }
    }

    /** Interleaved rounds unless asked for JMH's order, or when forks are off (-f 0, --quick). */
    private Execution execution(Options options, SuiteArguments a, int forkProcessors, RecordingOutput recording) {
        boolean sequential = a.sequential();
        boolean everything = a.selectsEverything();
        long seed = seed(a.seed());
        int forks = options.getForkCount().orElse(PILOT_ROUNDS);
        if (sequential || forks == 0) {
            int here = Runtime.getRuntime().availableProcessors();
            if (forks > 0 && forkProcessors != here && !options.getThreads().hasValue()) {
                out.println("# parbench: the forks see " + forkProcessors + " processors and this JVM " + here
                        + "; in JMH's order the ceiling runs " + here + " threads (-t " + forkProcessors
                        + ", or the same -XX:ActiveProcessorCount for this JVM, makes them agree)");
            }
            return Execution.sequential(options, recording);
        }
        List<Configuration> all = Configuration.plan(options);
        List<Configuration> plan = everything ? all.stream()
                .filter(c -> Plan.keeps(c.benchmark(), c.params(), forkProcessors, a.scope())).toList() : all;
        if (everything) {
            out.println("# parbench: the default plan, " + plan.size() + " of the " + all.size() + " configurations the "
                    + "classes define (what the report reads; a benchmark regex or -p runs exactly what it selects)");
        }
        if (plan.isEmpty()) {
            throw new UserError("no benchmark matches " + options.getIncludes() + " (java -jar benchmarks.jar -l lists them)");
        }
        Optional<Adaptive> adaptive = options.getForkCount().hasValue() ? Optional.empty()
                : Optional.of(new Adaptive(goals(a), a.budget().orElse(DEFAULT_BUDGET), forks, forkProcessors));
        int blocks = Block.of(plan).size();
        out.println("# parbench: " + (adaptive.isPresent() ? "a pilot of " : "") + forks + (forks == 1 ? " round of " : " rounds of ")
                + plan.size() + (plan.size() == 1 ? " configuration" : " configurations") + " in " + blocks
                + (blocks == 1 ? " block" : " blocks") + " (a workload at one size), each round in a new shuffled order "
                + "(seed " + seed + "; " + SuiteArguments.SEED + " " + seed + " repeats it, " + SuiteArguments.SEQUENTIAL
                + " runs JMH's own order)");
        adaptive.ifPresent(x -> out.println("# parbench: then rounds where the headline figures are furthest from their "
                + "goals (" + x.goalsText() + "), and last the rounds that give every configuration " + Adaptive.FEWEST_FORKS
                + " forks, within " + Rounds.format(x.budget()) + " in all (" + SuiteArguments.BUDGET
                + ", " + SuiteArguments.TARGET + ", " + SuiteArguments.BRACKET + "; -f F runs exactly F rounds)"));
        return new Rounds(options, plan, forks, adaptive, seed, forkProcessors, recording, out);
    }

    private static parbench.analysis.Targets.Goals goals(SuiteArguments a) {
        parbench.analysis.Targets.Goals d = parbench.analysis.Targets.Goals.DEFAULT;
        return new parbench.analysis.Targets.Goals(a.target().orElse(d.sharePoints()), a.target().orElse(d.speedupPercent()),
                a.bracket().orElse(d.bracket()));
    }

    private static long seed(String given) {
        if (given == null) {
            return new java.util.Random().nextLong() & Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new UserError(SuiteArguments.SEED + " " + given + ": not a whole number");
        }
    }

    private void help(CommandLineOptions cmd) throws IOException {
        cmd.showHelp();
        out.println();
        out.println("parbench adds: " + SuiteArguments.QUICK + " (every benchmark once, briefly, under the declared policy: -f 0 -wi 0 -i 1 -bm ss), "
                + SuiteArguments.NO_LOAD_PROFILER + ", " + SuiteArguments.NO_SAVE + " (write nothing under results/), "
                + SuiteArguments.RESULTS + " DIR (default results), " + SuiteArguments.SEQUENTIAL + ", "
                + SuiteArguments.SEED + " N, " + SuiteArguments.BUDGET + " TIME (default 860s: what an adaptive run, one without -f, may spend), "
                + SuiteArguments.TARGET + " PCT (default 1: points on a share, percent on a speedup; ten times it on the memory-bound speedup), " + SuiteArguments.WAITING_GRID
                + " (the waiting work's every wait share and pool size, not the plan's few), " + SuiteArguments.DEEP
                + " (the deeper sweeps too: every strategy at every size, squares' sweep, the waiting grid), " + SuiteArguments.BRACKET
                + " X (default 1.25: a break-even's interval, upper end / lower end), " + KernelOption.KERNEL + " CLASS " + KernelOption.KERNEL_CLASSPATH
                + " PATH (every strategy on your LongBinaryOperator); and the commands compare, report, machine.");
        out.println("The console shows the run's progress, then its verdict and the files it wrote; JMH's own output goes to a "
                + ".log beside the run's results (-v NORMAL or -v EXTRA shows it here as well, -v SILENT prints nothing, "
                + "-o FILE sends it all to FILE).");
    }

    private int list(CommandLineOptions cmd) {
        Runner runner = new Runner(cmd, OutputFormatFactory.createFormatInstance(out, VerboseMode.NORMAL));
        if (cmd.shouldList()) {
            runner.list();
        } else if (cmd.shouldListWithParams()) {
            runner.listWithParams(cmd);
        } else if (cmd.shouldListProfilers()) {
            cmd.listProfilers();
        } else {
            cmd.listResultFormats();
        }
        return 0;
    }

    /** The @Param names of every benchmark, for -p's check (read only where -p is given). */
    private static Set<String> knownParams(SuiteArguments a) {
        Set<String> known = new TreeSet<>();
        if (a.paramArguments().isEmpty()) {
            return known;
        }
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(null, List.of())) {
            org.openjdk.jmh.util.Optional<java.util.Map<String, String[]>> params = entry.getParams();
            if (params.hasValue()) {
                known.addAll(params.get().keySet());
            }
        }
        return known;
    }
}
