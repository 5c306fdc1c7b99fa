package parbench.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's own console output, plus a record of every benchmark that finished, handed on as it
 * finishes: a run that is stopped part way keeps what it had. Benchmarks that started and never
 * finished are the ones that failed (or were running when the run was stopped).
 */
final class RecordingOutput implements OutputFormat {
    private final OutputFormat console;
    private final Consumer<List<RunResult>> onFinished;
    private final List<RunResult> finished = new ArrayList<>();
    private final Set<String> started = new LinkedHashSet<>();
    private final Set<String> done = new LinkedHashSet<>();
    private volatile String running;
    /** The first line of the last failure JMH printed (the exception), until taken. */
    private String failure;
    private boolean afterFailureMark;
    /** In rounds: the suite's own progress line, printed where JMH would print its per-call one. */
    private volatile String progress;

    RecordingOutput(OutputFormat console, Consumer<List<RunResult>> onFinished) {
        this.console = console;
        this.onFinished = onFinished;
    }

    static String label(BenchmarkParams params) {
        StringBuilder s = new StringBuilder(params.getBenchmark());
        for (String key : params.getParamsKeys()) {
            s.append(' ').append(key).append('=').append(params.getParam(key));
        }
        if (params.getThreads() > 1) {
            s.append(" threads=").append(params.getThreads());
        }
        return s.toString();
    }

    synchronized List<RunResult> finished() {
        return List.copyOf(finished);
    }

    synchronized List<String> failed() {
        List<String> failed = new ArrayList<>(started);
        failed.removeAll(done);
        if (running != null) {
            failed.remove(running);
        }
        return failed;
    }

    /** From now on, JMH's "# Run progress" lines (which know of one configuration only) become this. */
    void progress(String line) {
        progress = line;
    }

    /** The exception JMH printed for the last benchmark that failed, first line only; null if none. Clears it. */
    synchronized String takeFailure() {
        String f = failure;
        failure = null;
        return f;
    }

    String running() {
        return running;
    }

    synchronized List<String> finishedLabels() {
        return List.copyOf(done);
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
        synchronized (this) {
            running = label(benchParams);
            started.add(running);
        }
        console.startBenchmark(benchParams);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        console.endBenchmark(result);
        List<RunResult> snapshot;
        synchronized (this) {
            running = null;
            if (result == null) {
                return;
            }
            done.add(label(result.getParams()));
            finished.add(new RunResult(result.getParams(), List.of(result)));
            snapshot = List.copyOf(finished);
        }
        onFinished.accept(snapshot);
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        synchronized (this) {
            running = null;
        }
        if (progress == null) {
            console.endRun(result); // in rounds the summary comes once, at the end (summary())
        }
    }

    /** JMH's summary table for the whole run, in rounds: once, over the merged forks. */
    void summary(Collection<RunResult> merged) {
        console.endRun(merged);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        console.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
            IterationResult data) {
        console.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void startRun() {
        console.startRun();
    }

    @Override
    public void print(String s) {
        console.print(s);
    }

    @Override
    public void println(String s) {
        noteFailure(s);
        String line = progress;
        if (line != null && s.startsWith("# Run complete.")) {
            return; // in rounds JMH's run is one fork: its "run complete" would follow every fork
        }
        console.println(line != null && s.startsWith("# Run progress:") ? line : s);
    }

    /** JMH prints "<failure>", a blank line, then the exception: keep the exception's first line. */
    private synchronized void noteFailure(String s) {
        if (s.startsWith("<failure>")) {
            afterFailureMark = true;
        } else if (afterFailureMark && !s.isBlank()) {
            failure = s.strip().lines().findFirst().orElse(s);
            afterFailureMark = false;
        }
    }

    @Override
    public void flush() {
        console.flush();
    }

    @Override
    public void close() {
        console.close();
    }

    @Override
    public void verbosePrintln(String s) {
        console.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        console.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        console.write(b);
    }
}
