package parbench.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import parbench.results.ResultsFolder;

/**
 * JMH's output options ({@code -rf}, {@code -rff}, {@code -o}, {@code -v}) for a run that JMH's
 * Runner makes in many pieces: one Runner per fork in rounds. Left to them, every Runner would
 * write the user's result file again and the last configuration would be all it holds. So no Runner
 * sees these options ({@link #hiddenFrom}); the launcher writes the file once, over the whole run,
 * as JMH itself would have written it (same default name and format, CSV), and on a stop the part
 * that finished. Where -o and -v send the words is {@link RunConsole}'s.
 */
final class UserOutputs {
    private static final Set<String> OUTPUT_GETTERS = Set.of("getResult", "getResultFormat", "getOutput");

    private final Path resultFile;
    private final ResultFormatType format;

    private UserOutputs(Path resultFile, ResultFormatType format) {
        this.resultFile = resultFile;
        this.format = format;
    }

    /** What the command line asks for; the result file's name and format as JMH's Runner picks them. */
    static UserOutputs of(CommandLineOptions cmd) {
        ResultFormatType format = cmd.getResultFormat().orElse(Defaults.RESULT_FORMAT);
        Path file = cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()
                ? Path.of(cmd.getResult().orElse(Defaults.RESULT_FILE_PREFIX + "." + format.toString().toLowerCase(Locale.ROOT)))
                : null;
        return new UserOutputs(file, format);
    }

    boolean wantsResultFile() {
        return resultFile != null;
    }

    /**
     * Creates the result file before anything runs, as JMH does, so that a path that cannot be
     * written stops the run at once (one line, exit 2) instead of after it.
     */
    void touchResultFile() {
        if (resultFile == null) {
            return;
        }
        try {
            if (!Files.exists(resultFile)) {
                Files.write(resultFile, new byte[0]);
            } else if (!Files.isWritable(resultFile) || Files.isDirectory(resultFile)) {
                throw new IOException("not a writable file");
            }
        } catch (IOException e) {
            throw new UserError("-rff " + resultFile + ": cannot write the result file (" + ResultsFolder.reason(e) + ")");
        }
    }

    /** Writes every result of the run into the user's result file, whole (a temporary file renamed). */
    void writeResults(Collection<RunResult> results, PrintStream out) throws IOException {
        if (resultFile == null) {
            return;
        }
        ResultsFolder.replace(resultFile, formatted(results, format));
        out.println();
        out.println("Benchmark result is saved to " + resultFile);
    }

    Path resultFile() {
        return resultFile;
    }

    /** The results in one of JMH's formats, byte for byte what JMH's Runner writes. */
    static byte[] formatted(Collection<RunResult> results, ResultFormatType format) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(format, ps).writeOut(results);
        }
        return bytes.toByteArray();
    }

    /** The options as every Runner of the run sees them: with no result file and no output file of the user's. */
    static Options hiddenFrom(Options options) {
        return OptionsView.hiding(options, OUTPUT_GETTERS);
    }
}
