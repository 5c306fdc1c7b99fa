package parbench.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import parbench.machine.MachineRecord;
import parbench.publish.ReportFiles;
import parbench.results.ResultsFolder;
import parbench.results.TimelinesFile;
import parbench.work.UnevenTasks;

/**
 * What a run leaves behind, and when: the partial file after every finished benchmark, then at the
 * end (or on a stop, from a shutdown hook) the run's files in the results folder and the user's
 * -rff. A file that cannot be written is one line naming it and what was kept.
 */
final class RunFiles {
    private final PrintStream out;
    private final PrintStream err;
    private final ResultsFolder folder;
    /** Null with --no-save. */
    private final ResultsFolder.Run run;
    private final MachineRecord machine;
    private final Options options;
    private final UserOutputs outputs;
    /** --results named the folder: a folder that cannot be written is then the user's mistake (exit 2). */
    private final boolean folderGiven;
    /** Guards the partial file: once a run's files are published, no late benchmark may write it again. */
    private final Object saving = new Object();
    private boolean published;
    private boolean partialSaveFailed;
    private Execution execution;
    private RecordingOutput recording;
    private final RunConsole console;

    RunFiles(PrintStream out, PrintStream err, ResultsFolder folder, ResultsFolder.Run run, MachineRecord machine,
            Options options, UserOutputs outputs, boolean folderGiven, RunConsole console) {
        this.console = console;
        this.out = out;
        this.err = err;
        this.folder = folder;
        this.run = run;
        this.machine = machine;
        this.options = options;
        this.outputs = outputs;
        this.folderGiven = folderGiven;
    }

    /** Runs the benchmarks, saving each as it finishes; publishes the run. */
    int measure(Execution execution, RecordingOutput recording) throws IOException {
        this.execution = execution;
        this.recording = recording;
        Thread onInterrupt = new Thread(this::keepWhatFinished, "keep-finished-results");
        if (run != null || outputs.wantsResultFile()) {
            Runtime.getRuntime().addShutdownHook(onInterrupt);
        }
        Collection<RunResult> results;
        try {
            results = execution.run();
            console.finished(recording.failed().isEmpty());
        } catch (NoBenchmarksException e) {
            deleteQuietly(run == null ? null : run.partialJson());
            throw new UserError("no benchmark matches " + options.getIncludes()
                    + " (java -jar benchmarks.jar -l lists them)");
        } catch (RunnerException e) {
            removeShutdownHook(onInterrupt);
            console.finished(false);
            err.println("parbench: the run stopped: " + e.getMessage());
            keepWhatFinished();
            return 1;
        } finally {
            removeShutdownHook(onInterrupt);
        }
        if (execution instanceof Rounds) {
            recording.summary(results);
        }
        return finish(results);
    }

    private int finish(Collection<RunResult> results) {
        List<String> failed = recording.failed();
        MachineRecord withForks = machine.withForks(execution.forks());
        int status = Math.max(failed.isEmpty() ? 0 : 1, writeUserResults(results));
        if (run != null && results.isEmpty()) {
            deleteQuietly(run.partialJson());
            err.println("parbench: no benchmark finished; nothing written under " + folder.root());
        } else if (run != null) {
            MachineRecord record = failed.isEmpty() ? withForks : withForks.withIncomplete(
                    new MachineRecord.Incomplete("benchmarks failed", recording.finishedLabels(), failed));
            status = Math.max(status, publishOrSay(record, results, UnevenTrace.of(results).orElse(null)));
        }
        if (withForks.forks().retried() != null) {
            err.println("parbench: " + withForks.forks().retried().size() + " fork(s) run again because a child JVM "
                    + "could not start (the host's trouble; listed in the machine record)");
        }
        if (!failed.isEmpty()) {
            err.println("parbench: " + failed.size() + " benchmark(s) failed (a wrong answer or an error; JMH's output "
                    + (console.forPeople() ? "has the whole story" + (console.logFile() == null ? ", with -v NORMAL"
                            : ", in " + console.logFile()) : "above has the whole story") + "):");
            recording.failures().forEach((f, why) -> err.println("  " + f + (why.isEmpty() ? "" : ": " + why)));
        }
        return status;
    }

    /** The user's -rff (or -rf's default file), written once over the whole run: 0, or 2 where it could not be. */
    private int writeUserResults(Collection<RunResult> results) {
        try {
            outputs.writeResults(results, out);
            return 0;
        } catch (IOException e) {
            err.println("parbench: " + whatFailed(e) + "; the results folder is written as usual");
            return 2;
        }
    }

    /** Publishes the run; where a file cannot be written, one line naming it and what was kept. */
    private int publishOrSay(MachineRecord record, Collection<RunResult> results, UnevenTasks.Traced traced) {
        try {
            publish(record, jmhJson(results), traced);
            return 0;
        } catch (IOException e) {
            err.println("parbench: " + whatFailed(e) + "; kept: " + kept(run));
            return folderGiven ? 2 : 1;
        }
    }

    private static String whatFailed(IOException e) {
        return e instanceof ResultsFolder.WriteFailed ? e.getMessage()
                : "could not write the results (" + ResultsFolder.reason(e) + ")";
    }

    private static String kept(ResultsFolder.Run run) {
        List<Path> files = run.files();
        return files.isEmpty() ? "nothing" : String.join(", ", files.stream().map(Path::toString).toList());
    }

    /** JMH's own JSON for these results, byte for byte what -rf json would have written. */
    static byte[] jmhJson(Collection<RunResult> results) {
        return UserOutputs.formatted(results, ResultFormatType.JSON);
    }

    /** After every finished benchmark: the partial file, so that a run killed outright keeps what finished. */
    void saveFinished() {
        if (run == null) {
            return;
        }
        List<RunResult> finished = execution.kept();
        synchronized (saving) {
            if (published) {
                return; // stopped: a benchmark that ends while the run's files are published is not kept
            }
            try {
                ResultsFolder.replace(run.partialJson(), jmhJson(finished));
            } catch (IOException e) {
                if (!partialSaveFailed) {
                    err.println("parbench: " + whatFailed(e) + "; the run goes on, its results held in memory");
                }
                partialSaveFailed = true;
            }
        }
    }

    /** For a run that stopped part way: publish what finished (the results folder and -rff) and say what did not. */
    private void keepWhatFinished() {
        console.finished(false);
        synchronized (saving) {
            published = true; // from here on the partial file is this method's to publish or remove
        }
        List<RunResult> finished = execution.kept();
        if (finished.isEmpty()) {
            deleteQuietly(run == null ? null : run.partialJson());
            err.println("parbench: stopped before any benchmark finished; nothing written");
            return;
        }
        String progress = execution.progressNote();
        writeUserResults(finished);
        if (run == null) {
            err.println("parbench: stopped part way (" + progress + "); kept " + finished.size() + " benchmark(s) in "
                    + outputs.resultFile());
            return;
        }
        MachineRecord record = machine.withForks(execution.forks()).withIncomplete(new MachineRecord.Incomplete(
                "stopped part way: " + progress, recording.finishedLabels(), notFinished(execution)));
        try {
            publish(record, jmhJson(finished), null);
            err.println("parbench: stopped part way (" + progress + "); kept " + finished.size()
                    + " benchmark(s) in " + run.json());
        } catch (IOException | RuntimeException e) {
            err.println("parbench: stopped part way (" + progress + "); " + (e instanceof IOException io ? whatFailed(io)
                    : e.getMessage()) + "; kept: " + kept(run));
        }
    }

    private List<String> notFinished(Execution execution) {
        List<String> notFinished = new ArrayList<>();
        if (recording.running() != null) {
            notFinished.add(recording.running() + " (running when stopped)");
        }
        notFinished.addAll(recording.failed().stream().map(f -> f + " (failed)").toList());
        notFinished.addAll(neverStarted(options, recording));
        // a run stopped between two forks has nothing running, yet rounds it never reached
        notFinished.addAll(execution.shortOfRounds());
        return notFinished;
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

    private void publish(MachineRecord record, byte[] json, UnevenTasks.Traced traced) throws IOException {
        synchronized (saving) {
            published = true;
        }
        ResultsFolder.writeNew(run.json(), json);
        Files.deleteIfExists(run.partialJson()); // the same results, and on a full disk its room is needed
        ResultsFolder.writeNew(run.machineJson(), record.toJson());
        if (traced != null) {
            TimelinesFile.write(run, traced);
        }
        ReportFiles.Analysed analysed = ReportFiles.publish(folder, run, record);
        List<String> verdict = analysed.verdict();
        out.println();
        // the record again with the run's whole time, from the launcher's start: its last file
        ResultsFolder.replace(run.machineJson(), record.withRunSeconds(secondsSinceStart()).toJson());
        if (!verdict.isEmpty()) {
            out.println("Verdict (the report's first section; the report says more):");
            verdict.forEach(out::println);
            out.println();
        }
        out.println("# parbench: report in " + run.markdown() + " (its tables also in " + run.csv().getFileName()
                + ", its charts beside it); index in " + folder.root().resolve("README.md"));
        out.println("# parbench: results in " + run.json() + " (machine record: " + run.machineJson().getFileName()
                + (console.logFile() == null ? "" : "; JMH's output: " + console.logFile().getFileName()) + ")");
    }

    /** JMH's output for the run, beside its results. */
    static Path log(ResultsFolder.Run run) {
        return run.dir().resolve(run.stem() + ".log");
    }

    private static double secondsSinceStart() {
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        return Math.round((System.currentTimeMillis() - started) / 100.0) / 10.0;
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
