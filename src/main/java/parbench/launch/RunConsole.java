package parbench.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
import parbench.results.ResultsFolder;

/**
 * Where a run's words go. JMH's own output (every fork's iterations, thousands of lines a run) goes
 * to a log beside the run's results; the console gets the suite's few lines, a progress line and, at
 * the end, the verdict and the paths. JMH's {@code -v} brings JMH's output back to the console as in
 * JMH ({@code -v NORMAL}, {@code -v EXTRA}; {@code -v SILENT} prints nothing), and {@code -o FILE}
 * sends it all to FILE instead, as JMH does. The log gets the suite's lines too, so that it reads as
 * JMH's console would.
 */
final class RunConsole implements AutoCloseable {
    private final ProgressLine progress;
    private final RunLog log = new RunLog();
    private final PrintStream lines;
    private final PrintStream jmh;
    private final VerboseMode verbosity;
    private final PrintStream userFile;

    private RunConsole(ProgressLine progress, OutputStream console, VerboseMode verbosity, PrintStream userFile) {
        this.progress = progress;
        this.verbosity = verbosity;
        this.userFile = userFile;
        this.lines = new PrintStream(console == null ? log : new Tee(console, log), true, StandardCharsets.UTF_8);
        this.jmh = progress != null ? new PrintStream(log, true, StandardCharsets.UTF_8) : lines;
    }

    /**
     * @param stdout   the console
     * @param terminal the console is a terminal a person watches: the progress line is redrawn in place
     */
    static RunConsole open(CommandLineOptions cmd, PrintStream stdout, boolean terminal) {
        VerboseMode given = cmd.verbosity().orElse(null);
        VerboseMode logged = given == VerboseMode.EXTRA ? VerboseMode.EXTRA : VerboseMode.NORMAL;
        if (cmd.getOutput().hasValue()) {
            PrintStream file = outputFile(Path.of(cmd.getOutput().get()));
            return new RunConsole(null, given == VerboseMode.SILENT ? null : file, logged, file);
        }
        if (given == VerboseMode.SILENT) {
            return new RunConsole(null, null, logged, null);
        }
        if (given != null) {
            return new RunConsole(null, stdout, logged, null);
        }
        ProgressLine line = new ProgressLine(stdout, terminal);
        return new RunConsole(line, new Text(line::print), logged, null);
    }

    private static PrintStream outputFile(Path file) {
        try {
            return new PrintStream(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("-o " + file + ": cannot write the output file (" + ResultsFolder.reason(e) + ")");
        }
    }

    /** The suite's own lines: on the console (beside the progress line) and in the log. */
    PrintStream lines() {
        return lines;
    }

    /** JMH's output: into the log, and on the console where -v or -o asked for it. */
    OutputFormat jmhFormat() {
        return OutputFormatFactory.createFormatInstance(jmh, verbosity);
    }

    /** The console is for people: a progress line, the verdict at the end; JMH's output is in the log only. */
    boolean forPeople() {
        return progress != null;
    }

    void progress(Progress p, int forksDone) {
        if (progress != null) {
            progress.show(p, forksDone);
        }
    }

    /** The run's stages are over (completed: every planned fork ran): the progress line is drawn a last time. */
    void finished(boolean completed) {
        if (progress != null) {
            progress.finish(completed);
        }
    }

    /** From now on the log is this file, with everything said so far. */
    void logTo(Path file) throws IOException {
        log.attach(file);
    }

    /** The run saves nothing (--no-save): nor is a log kept. */
    void noLog() {
        log.closeQuietly();
    }

    /** The log's file; null where the run saves nothing (--no-save). */
    Path logFile() {
        return log.file;
    }

    @Override
    public void close() {
        finished(false);
        lines.flush();
        log.closeQuietly();
        if (userFile != null) {
            userFile.close();
        }
    }

    /** Bytes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }

    /** UTF-8 bytes handed on as text a line at a time (and on flush), so that a line is never split. */
    private static final class Text extends OutputStream {
        private final Consumer<String> sink;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        Text(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public synchronized void write(int x) {
            pending.write(x);
            if (x == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) {
            pending.write(bytes, off, len);
            if (len > 0 && bytes[off + len - 1] == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void flush() {
            if (pending.size() > 0) {
                sink.accept(pending.toString(StandardCharsets.UTF_8));
                pending.reset();
            }
        }
    }

    /** The log: held in memory until the run's folder is known, then a file written as the run goes. */
    private static final class RunLog extends OutputStream {
        private ByteArrayOutputStream early = new ByteArrayOutputStream();
        private OutputStream stream;
        private Path file;

        synchronized void attach(Path to) throws IOException {
            OutputStream s = new java.io.BufferedOutputStream(Files.newOutputStream(to));
            early.writeTo(s);
            s.flush();
            early = null;
            stream = s;
            file = to;
        }

        @Override
        public synchronized void write(int x) {
            write(new byte[] {(byte) x}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) {
            if (early != null) {
                early.write(bytes, off, len);
                return;
            }
            try {
                if (stream != null) {
                    stream.write(bytes, off, len);
                }
            } catch (IOException e) {
                giveUp();
            }
        }

        @Override
        public synchronized void flush() {
            try {
                if (stream != null) {
                    stream.flush();
                }
            } catch (IOException e) {
                giveUp();
            }
        }

        /** A log that cannot be written (a full disk) is removed: the run's results need the room more. */
        private void giveUp() {
            closeQuietly();
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing more to free
            }
            file = null;
        }

        synchronized void closeQuietly() {
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (IOException e) {
                // the log is a convenience: the run's results are written on their own
            }
            stream = null;
            early = null;
        }
    }
}
