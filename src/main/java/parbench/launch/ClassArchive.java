package parbench.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import parbench.catalog.Bench;
import parbench.catalog.Params;
import parbench.catalog.Plan;
import parbench.machine.LoadProfiler;

/**
 * A class-data archive of what a fork loads (JMH, a benchmark, OSHI for the load profiler), made
 * once per run by one short fork with -XX:ArchiveClassesAtExit and mapped by every fork after it
 * with -XX:SharedArchiveFile, so that a fork reads those classes from the archive instead of
 * parsing and verifying them from the jar again. It changes where classes come from, not the code
 * the JIT compiles: a fork's time to its first measured iteration falls, its scores do not move.
 * What that saved, and that no score moved, is measured in docs/methodology.md. Child JVMs are started by the benchmarks themselves and never get it: their start is what the
 * process strategies measure. Nothing is made where the forks' JVM arguments already say how to
 * share classes (-Xshare, an archive of the user's own), where no fork runs, where the class path
 * holds a directory (an IDE's, a test's), which an archive cannot, or where the short fork leaves
 * no archive (a JVM that cannot make one): the forks then start as JMH starts them.
 * The archive is deleted when the run ends.
 */
final class ClassArchive implements AutoCloseable {
    /** The fork that makes it: the smallest range sum, one iteration of 10 ms. */
    static final String TRAINING_BENCHMARK = Bench.SERIAL.className() + ".rangeSum";

    private final Path directory;
    private final Path file;

    private ClassArchive(Path directory) {
        this.directory = directory;
        this.file = directory.resolve("forks.jsa");
    }

    /** An archive made with these options' JVM and JVM arguments, or none (and why, on out). */
    static Optional<ClassArchive> make(Options options, PrintStream out) {
        if (options.getForkCount().orElse(1) == 0 || sharingGiven(JvmProbe.forkArguments(options))) {
            return Optional.empty();
        }
        Optional<String> directory = directoryOnClassPath();
        if (directory.isPresent()) {
            out.println("# parbench: no class-data archive for the forks: their class path holds a directory ("
                    + directory.get() + "), which an archive cannot; they start as JMH starts them");
            return Optional.empty();
        }
        long start = System.nanoTime();
        ClassArchive archive;
        try {
            archive = new ClassArchive(Files.createTempDirectory("parbench-classes-"));
            archive.directory.toFile().deleteOnExit();
            archive.file.toFile().deleteOnExit();
            new Runner(training(options, archive.file), OutputFormatFactory.createFormatInstance(
                    new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT)).run();
        } catch (IOException | RunnerException | RuntimeException e) {
            out.println("# parbench: no class-data archive for the forks (" + e.getMessage() + "); they start as JMH starts them");
            return Optional.empty();
        }
        if (!Files.isRegularFile(archive.file) || archive.file.toFile().length() == 0) {
            archive.close();
            out.println("# parbench: no class-data archive for the forks (the JVM made none); they start as JMH starts them");
            return Optional.empty();
        }
        out.printf(java.util.Locale.ROOT, "# parbench: the forks map a class-data archive of one fork's classes, made in %.1f s "
                + "(-jvmArgsAppend -Xshare:off goes without)%n",
                (System.nanoTime() - start) / 1e9);
        return Optional.of(archive);
    }

    /** These options, the forks mapping the archive. */
    Options mappedBy(Options options) {
        return new OptionsBuilder().parent(options).jvmArgsAppend(append(options, "-XX:SharedArchiveFile=" + file)).build();
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory on the class path JMH gives the forks (this JVM's): -jar benchmarks.jar has none. */
    private static Optional<String> directoryOnClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                .filter(p -> !p.isEmpty() && Files.isDirectory(Path.of(p))).findFirst();
    }

    /** Whether the user's JVM arguments already decide class sharing. */
    static boolean sharingGiven(List<String> jvmArgs) {
        return jvmArgs.stream().anyMatch(a -> a.startsWith("-Xshare") || a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit") || a.contains("AutoCreateSharedArchive"));
    }

    /** One fork on the run's JVM with its arguments, briefly, writing the archive as it exits. */
    private static Options training(Options options, Path file) {
        ChainedOptionsBuilder b = new OptionsBuilder().include("^" + java.util.regex.Pattern.quote(TRAINING_BENCHMARK) + "$")
                .param(Params.N, String.valueOf(Plan.SMALLEST_SUM)).mode(Mode.AverageTime).timeUnit(TimeUnit.MICROSECONDS)
                .forks(1).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(10))
                .jvmArgsAppend(append(options, "-XX:ArchiveClassesAtExit=" + file, "-Xlog:cds*=off")).shouldFailOnError(true)
                .addProfiler(LoadProfiler.class);
        if (options.getJvm().hasValue()) {
            b.jvm(options.getJvm().get());
        }
        if (options.getJvmArgs().hasValue()) {
            b.jvmArgs(options.getJvmArgs().get().toArray(String[]::new));
        }
        if (options.getJvmArgsPrepend().hasValue()) {
            b.jvmArgsPrepend(options.getJvmArgsPrepend().get().toArray(String[]::new));
        }
        return b.build();
    }

    private static String[] append(Options options, String... more) {
        List<String> append = new ArrayList<>(options.getJvmArgsAppend().orElse(List.of()));
        append.addAll(List.of(more));
        return append.toArray(String[]::new);
    }
}
