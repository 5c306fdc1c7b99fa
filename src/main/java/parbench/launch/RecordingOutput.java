package parbench.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's own output, plus a record of every benchmark that finished, handed on as it finishes: a run
 * that is stopped part way keeps what it had. Benchmarks that started and never finished are the
 * ones that failed (or were running when the run was stopped). Where the run is goes to the
 * console's progress line as it changes ({@link Progress}).
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
    /** Where the run is, for the console: the last progress handed in, with the forks ended since. */
    private final BiConsumer<Progress, Integer> onProgress;
    private Progress where;
    private int ended;
    /** In JMH's order: the benchmarks it will run, and when the first started; 0 until told. */
    private int expected;
    private long startNanos;
    /** Each failed benchmark's exception, first line, for the console. */
    private final Map<String, String> failures = new LinkedHashMap<>();

    RecordingOutput(OutputFormat console, Consumer<List<RunResult>> onFinished) {
        this(console, onFinished, (p, n) -> { });
    }

    RecordingOutput(OutputFormat console, Consumer<List<RunResult>> onFinished, BiConsumer<Progress, Integer> onProgress) {
        this.console = console;
        this.onFinished = onFinished;
        this.onProgress = onProgress;
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

    /** Where the run is; from now on JMH's "# Run progress" lines (which know of one configuration only) become its line. */
    void progress(Progress p) {
        if (p.line() != null) {
            progress = p.line();
        }
        int n;
        synchronized (this) {
            where = p;
            n = ended;
        }
        onProgress.accept(p, n);
    }

    /** In JMH's order: the count of benchmarks it will run, for the progress line. */
    void expect(int benchmarks) {
        expected = benchmarks;
    }

    /** Each failed benchmark with the first line of its exception (or "" where JMH printed none). */
    synchronized Map<String, String> failures() {
        Map<String, String> all = new LinkedHashMap<>();
        failed().forEach(f -> all.put(f, failures.getOrDefault(f, "")));
        return all;
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
        int n;
        synchronized (this) {
            running = label(benchParams);
            started.add(running);
            n = started.size();
        }
        if (expected > 0) {
            progress(inJmhOrder(running, n));
        }
        console.startBenchmark(benchParams);
    }

    /** JMH's order: the n-th benchmark of those expected, its time left as the ones before took. */
    private Progress inJmhOrder(String label, int n) {
        long now = System.nanoTime();
        if (n == 1) {
            startNanos = now;
        }
        java.time.Duration spent = java.time.Duration.ofNanos(now - startNanos);
        java.time.Duration eta = n == 1 ? null : spent.dividedBy(n - 1).multipliedBy(Math.max(0, expected - n + 1));
        return new Progress(Execution.JMH_ORDER, label, n, Math.max(n, expected), spent, eta, null, null);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        console.endBenchmark(result);
        List<RunResult> snapshot;
        Progress now;
        int n;
        synchronized (this) {
            now = where;
            n = ++ended;
        }
        if (now != null) {
            onProgress.accept(now, n);
        }
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
            if (running != null) {
                failures.put(running, failure);
            }
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
