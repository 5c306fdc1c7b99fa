package parbench.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Optional;
import parbench.UserError;
import parbench.catalog.Bench;
import parbench.machine.Fingerprint;
import parbench.machine.LoadProfiler;
import parbench.machine.MachineRecord;
import parbench.results.ReportFiles;
import parbench.work.UnevenTasks;
import parbench.results.ResultsFolder;
import parbench.strategy.WorkerCount;

/**
 * Runs the suite: JMH's command line as it is (every option overrides the defaults in the
 * benchmark classes), plus a few things JMH does not do. It takes the machine record before the
 * first benchmark, turns on the load profiler, leaves out virtual threads on a JVM without them,
 * saves every finished benchmark as it finishes, and at the end writes the run into the results
 * folder next to its tables and chart.
 */
public final class SuiteLauncher {
    /** Our options; everything else goes to JMH. */
    public static final String QUICK = "--quick";
    public static final String NO_LOAD_PROFILER = "--no-load-profiler";
    public static final String RESULTS = "--results";
    public static final String NO_SAVE = "--no-save";
    public static final String SEQUENTIAL = "--sequential";
    public static final String SEED = "--seed";
    /** Rounds when -f is not given: forks are the unit of replication, and the headline needs this many. */
    public static final int DEFAULT_ROUNDS = 8;

    private final PrintStream out;
    private final PrintStream err;
    /** Guards the partial file: once a run's files are published, no late benchmark may write it again. */
    private final Object saving = new Object();
    private boolean published;

    public SuiteLauncher(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Returns the exit status: 0 all benchmarks ran and checked out, 1 some failed, 2 a usage error. */
    public int run(List<String> arguments) throws IOException {
        List<String> args = new ArrayList<>(arguments);
        boolean quick = args.remove(QUICK);
        boolean noLoadProfiler = args.remove(NO_LOAD_PROFILER);
        boolean noSave = args.remove(NO_SAVE);
        boolean sequential = args.remove(SEQUENTIAL);
        Path resultsRoot = Path.of(takeValue(args, RESULTS, "results"));
        String seedText = takeValue(args, SEED, null);
        java.util.Optional<KernelOption> kernel = KernelOption.take(args);
        CommandLineOptions cmd = jmhCommandLine(args);
        if (cmd.shouldHelp()) {
            help(cmd);
            return 0;
        }
        if (cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            return list(cmd);
        }
        checkParams(cmd, args);
        JmhChecks.regexes(cmd);
        JmhChecks.profilers(cmd);
        kernel.ifPresent(k -> k.check(cmd));
        MachineRecord.JvmInfo benchmarkJvm = cmd.getJvm().hasValue() && cmd.getForkCount().orElse(1) > 0
                ? JvmProbe.describe(cmd.getJvm().get()) : Fingerprint.currentJvm();
        Options options = options(cmd, quick, noLoadProfiler, benchmarkJvm, kernel);
        // Before any benchmark: OSHI's first use is slow and probes the system.
        LoadProfiler.disableTickCache();
        MachineRecord machine = Fingerprint.take(benchmarkJvm);
        for (String m : machine.missing()) {
            out.println("# parbench: not recorded: " + m);
        }
        ResultsFolder folder = new ResultsFolder(resultsRoot);
        ResultsFolder.Run run = noSave ? null : folder.reserve(machine.name(), Instant.now());
        OutputFormat console = OutputFormatFactory.createFormatInstance(out, cmd.verbosity().orElse(VerboseMode.NORMAL));
        Execution[] execution = new Execution[1];
        RecordingOutput recording = new RecordingOutput(console, finished -> savePartial(run, execution[0].kept()));
        boolean everything = cmd.getIncludes().isEmpty() && !args.contains("-p") && kernel.isEmpty();
        execution[0] = execution(options, sequential, everything, seed(seedText), recording);
        return measure(execution[0], recording, options, folder, run, machine);
    }

    /** Interleaved rounds unless asked for JMH's order, or when forks are off (-f 0, --quick). */
    private Execution execution(Options options, boolean sequential, boolean everything, long seed,
            RecordingOutput recording) {
        int forks = options.getForkCount().orElse(DEFAULT_ROUNDS);
        if (sequential || forks == 0) {
            return Execution.sequential(options, recording);
        }
        List<Configuration> all = Configuration.plan(options);
        List<Configuration> plan = everything ? DefaultPlan.of(all) : all;
        if (everything) {
            out.println("# parbench: the default plan, " + plan.size() + " of the " + all.size() + " configurations the "
                    + "classes define (what the report reads; a benchmark regex or -p runs exactly what it selects)");
        }
        if (plan.isEmpty()) {
            throw new UserError("no benchmark matches " + options.getIncludes() + " (java -jar benchmarks.jar -l lists them)");
        }
        out.println("# parbench: " + forks + (forks == 1 ? " round of " : " rounds of ") + plan.size()
                + (plan.size() == 1 ? " configuration" : " configurations") + ", each round in a new "
                + "shuffled order (seed " + seed + "; " + SEED + " " + seed + " repeats it, " + SEQUENTIAL
                + " runs JMH's own order)");
        return new Rounds(options, plan, forks, seed, recording, out);
    }

    private static long seed(String given) {
        if (given == null) {
            return new java.util.Random().nextLong() & Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new UserError(SEED + " " + given + ": not a whole number");
        }
    }

    private static CommandLineOptions jmhCommandLine(List<String> args) {
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UserError("unknown option " + a + " (JMH's options start with one dash; "
                        + "ours are " + QUICK + ", " + NO_LOAD_PROFILER + ", " + NO_SAVE + ", " + RESULTS + " DIR, "
                        + SEQUENTIAL + ", " + SEED + " N, " + KernelOption.KERNEL + " CLASS, " + KernelOption.KERNEL_CLASSPATH
                        + " PATH)");
            }
        }
        try {
            return new CommandLineOptions(args.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new UserError(oneLine(e.getMessage()), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // JMH parses some values (-bm) outside its own option checks and throws these
            throw new UserError(oneLine(e.getMessage()), e);
        }
    }

    static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private void help(CommandLineOptions cmd) throws IOException {
        cmd.showHelp();
        out.println();
        out.println("parbench adds: " + QUICK + " (every benchmark once, briefly: -f 0 -wi 0 -i 1 -bm ss), "
                + NO_LOAD_PROFILER + ", " + NO_SAVE + " (write nothing under results/), "
                + RESULTS + " DIR (default results), " + SEQUENTIAL + ", " + SEED + " N, " + KernelOption.KERNEL + " CLASS "
                + KernelOption.KERNEL_CLASSPATH + " PATH (every strategy on your LongBinaryOperator); and the commands "
                + "compare, report, machine.");
    }

    /** JMH's options as given, plus the suite's: worker counts, virtual threads, fork flags, the load profiler. */
    private Options options(CommandLineOptions cmd, boolean quick, boolean noLoadProfiler,
            MachineRecord.JvmInfo benchmarkJvm, java.util.Optional<KernelOption> kernel) {
        ChainedOptionsBuilder builder = new OptionsBuilder().parent(cmd);
        if (quick) {
            quickDefaults(cmd, builder);
        }
        if (!cmd.getParameter("workers").hasValue()) {
            int cores = Runtime.getRuntime().availableProcessors();
            List<String> distinct = distinctWorkerCounts(cores);
            if (distinct.size() < WorkerCount.SYMBOLS.size()) {
                builder.param("workers", distinct.toArray(String[]::new));
                out.println("# parbench: workers = " + String.join(", ", distinct) + " (on " + cores
                        + " processor(s) half is 1; -p workers=" + String.join(",", WorkerCount.SYMBOLS)
                        + " runs all four)");
            }
        }
        if (benchmarkJvm.featureVersion() < 21) {
            builder.exclude(Bench.VIRTUAL_THREADS.className());
            out.println("# parbench: " + Bench.VIRTUAL_THREADS.simpleName + " left out: virtual threads need JDK 21 or "
                    + "later and the benchmarks run on " + benchmarkJvm.version()
                    + " (add -jvm /path/to/jdk-21+/bin/java to include it)");
        }
        // the builder's own list replaces the command line's, so it starts from that
        List<String> append = new ArrayList<>(cmd.getJvmArgsAppend().orElse(List.of()));
        if (benchmarkJvm.featureVersion() >= 22) {
            append.addAll(forkFlags(benchmarkJvm.featureVersion()));
        }
        if (kernel.isPresent()) {
            kernel.get().apply(builder, append);
        } else {
            KernelOption.leaveOut(builder);
        }
        if (!append.equals(cmd.getJvmArgsAppend().orElse(List.of()))) {
            builder.jvmArgsAppend(append.toArray(String[]::new));
        }
        if (!noLoadProfiler && cmd.getProfilers().stream()
                .noneMatch(p -> p.getKlass().equals(LoadProfiler.class.getName()))) {
            builder.addProfiler(LoadProfiler.class);
        }
        return builder.build();
    }

    private static List<String> forkFlags(int featureVersion) {
        List<String> append = new ArrayList<>();
        // OSHI reaches native code through JNA; JDK 22+ warns (later: refuses) unless allowed
        append.add("--enable-native-access=ALL-UNNAMED");
        if (featureVersion >= 24) {
            // JMH 1.37 itself uses sun.misc.Unsafe, which JDK 24+ warns about in every fork
            append.add("--sun-misc-unsafe-memory-access=allow");
        }
        return append;
    }

    /** Runs the benchmarks, saving each as it finishes; publishes the run. */
    private int measure(Execution execution, RecordingOutput recording, Options options, ResultsFolder folder,
            ResultsFolder.Run run, MachineRecord machine) throws IOException {
        Thread onInterrupt = new Thread(() -> keepWhatFinished(folder, run, machine, recording, execution, options),
                "keep-finished-results");
        if (run != null) {
            Runtime.getRuntime().addShutdownHook(onInterrupt);
        }
        Collection<RunResult> results;
        try {
            results = execution.run();
        } catch (NoBenchmarksException e) {
            deleteQuietly(run == null ? null : run.partialJson());
            throw new UserError("no benchmark matches " + options.getIncludes()
                    + " (java -jar benchmarks.jar -l lists them)");
        } catch (RunnerException e) {
            removeShutdownHook(onInterrupt);
            err.println("parbench: the run stopped: " + e.getMessage());
            keepWhatFinished(folder, run, machine, recording, execution, options);
            return 1;
        } finally {
            removeShutdownHook(onInterrupt);
        }
        if (execution instanceof Rounds) {
            recording.summary(results);
        }
        return finish(folder, run, machine.withForks(execution.forks()), recording, results);
    }

    private int finish(ResultsFolder folder, ResultsFolder.Run run, MachineRecord machine, RecordingOutput recording,
            Collection<RunResult> results) throws IOException {
        List<String> failed = recording.failed();
        if (run != null && results.isEmpty()) {
            deleteQuietly(run.partialJson());
            err.println("parbench: no benchmark finished; nothing written under " + folder.root());
        } else if (run != null) {
            MachineRecord record = failed.isEmpty() ? machine : machine.withIncomplete(
                    new MachineRecord.Incomplete("benchmarks failed", recording.finishedLabels(), failed));
            publish(folder, run, record, jmhJson(results), UnevenTrace.of(results).orElse(null));
        }
        if (!failed.isEmpty()) {
            err.println("parbench: " + failed.size() + " benchmark(s) failed (a wrong answer or an error; "
                    + "see the output above):");
            failed.forEach(f -> err.println("  " + f));
            return 1;
        }
        return 0;
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

    /**
     * The worker symbols to measure by default on this many processors: all four, less "half" where
     * it names the same count as "1" (2 or 3 processors). "1" and "cores" are kept even where they
     * coincide (one processor), so that runs from different machines still line up by name.
     */
    static List<String> distinctWorkerCounts(int cores) {
        List<String> symbols = new ArrayList<>(WorkerCount.SYMBOLS);
        if (WorkerCount.resolve(WorkerCount.HALF, cores) == WorkerCount.resolve(WorkerCount.ONE, cores)) {
            symbols.remove(WorkerCount.HALF);
        }
        return symbols;
    }

    private static void quickDefaults(CommandLineOptions cmd, ChainedOptionsBuilder builder) {
        if (!cmd.getForkCount().hasValue()) {
            builder.forks(0);
        }
        if (!cmd.getWarmupIterations().hasValue()) {
            builder.warmupIterations(0);
        }
        if (!cmd.getMeasurementIterations().hasValue()) {
            builder.measurementIterations(1);
        }
        if (cmd.getBenchModes().isEmpty()) {
            builder.mode(Mode.SingleShotTime);
        }
    }

    private static void checkParams(CommandLineOptions cmd, List<String> args) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-p") && i + 1 < args.size()) {
                given.add(args.get(i + 1));
            }
        }
        if (given.isEmpty()) {
            return;
        }
        Set<String> known = new TreeSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(null, List.of())) {
            Optional<java.util.Map<String, String[]>> params = entry.getParams();
            if (params.hasValue()) {
                known.addAll(params.get().keySet());
            }
        }
        ParamCheck.check(given, known);
    }

    static String takeValue(List<String> args, String option, String fallback) {
        int i = args.indexOf(option);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new UserError(option + " needs a value");
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }

    /** JMH's own JSON for these results, byte for byte what -rf json would have written. */
    public static byte[] jmhJson(Collection<RunResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(results);
        }
        return bytes.toByteArray();
    }

    private void savePartial(ResultsFolder.Run run, List<RunResult> finished) {
        if (run == null) {
            return;
        }
        synchronized (saving) {
            if (published) {
                return; // stopped: a benchmark that ends while the run's files are published is not kept
            }
            try {
                ResultsFolder.replace(run.partialJson(), jmhJson(finished));
            } catch (IOException e) {
                err.println("parbench: could not save finished results to " + run.partialJson() + ": " + e.getMessage());
            }
        }
    }

    /** For a run that stopped part way: publish what finished and say what did not. */
    private void keepWhatFinished(ResultsFolder folder, ResultsFolder.Run run, MachineRecord machine,
            RecordingOutput recording, Execution execution, Options options) {
        if (run == null) {
            return;
        }
        synchronized (saving) {
            published = true; // from here on the partial file is this method's to publish or remove
        }
        List<RunResult> finished = execution.kept();
        List<String> notFinished = new ArrayList<>();
        if (recording.running() != null) {
            notFinished.add(recording.running() + " (running when stopped)");
        }
        notFinished.addAll(recording.failed().stream().map(f -> f + " (failed)").toList());
        notFinished.addAll(neverStarted(options, recording));
        if (finished.isEmpty()) {
            deleteQuietly(run.partialJson());
            err.println("parbench: stopped before any benchmark finished; nothing written");
            return;
        }
        try {
            publish(folder, run, machine.withForks(execution.forks()).withIncomplete(new MachineRecord.Incomplete(
                    "stopped part way: " + execution.progressNote(), recording.finishedLabels(), notFinished)),
                    jmhJson(finished), null);
            err.println("parbench: stopped part way (" + execution.progressNote() + "); kept " + finished.size()
                    + " benchmark(s) in " + run.json());
        } catch (IOException | RuntimeException e) {
            err.println("parbench: stopped part way; finished results remain in " + run.partialJson()
                    + " (" + e.getMessage() + ")");
        }
    }

    private static List<String> neverStarted(Options options, RecordingOutput recording) {
        Set<String> methods = new LinkedHashSet<>();
        try {
            for (BenchmarkListEntry e : Configuration.selected(options)) {
                methods.add(e.getUsername());
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        List<String> seen = new ArrayList<>(recording.finishedLabels());
        seen.addAll(recording.failed());
        if (recording.running() != null) {
            seen.add(recording.running());
        }
        methods.removeIf(m -> seen.stream().anyMatch(s -> s.equals(m) || s.startsWith(m + " ")));
        return methods.stream().map(m -> m + " (not started)").toList();
    }

    private void publish(ResultsFolder folder, ResultsFolder.Run run, MachineRecord machine, byte[] json,
            UnevenTasks.Traced traced) throws IOException {
        synchronized (saving) {
            published = true;
        }
        ResultsFolder.writeNew(run.json(), json);
        ResultsFolder.writeNew(run.machineJson(), machine.toJson());
        if (traced != null) {
            ReportFiles.writeTimelines(run, traced);
        }
        Files.deleteIfExists(run.partialJson());
        out.println();
        out.println("# parbench: results in " + run.json() + " (machine record: " + run.machineJson().getFileName() + ")");
        ReportFiles.publish(folder, run, machine, out);
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException alreadyGone) {
            // shutting down, or never added
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover empty partial file is harmless
        }
    }
}
