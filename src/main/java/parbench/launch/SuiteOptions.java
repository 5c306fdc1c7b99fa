package parbench.launch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import parbench.catalog.Bench;
import parbench.catalog.Params;
import parbench.catalog.Workers;
import parbench.machine.LoadProfiler;
import parbench.machine.MachineRecord;
import parbench.work.Tuning;

/**
 * The options every Runner of a run gets: JMH's command line as given (each option overrides the
 * suite's defaults), plus the suite's own: --quick's brevity, the worker symbols worth measuring on
 * the forks' processors, virtual threads left out before JDK 21, the flags newer JDKs need in a
 * fork, a user's kernel or none, and the load profiler.
 */
final class SuiteOptions {
    private SuiteOptions() {
    }

    /** JMH's options as given, plus the suite's: worker counts, virtual threads, fork flags, the load profiler. */
    /** @param logicalProcessors OSHI's count from the machine record, for the load profiler in the forks; null if unknown */
    static Options of(SuiteArguments a, MachineRecord.JvmInfo benchmarkJvm, Integer logicalProcessors, PrintStream out) {
        CommandLineOptions cmd = a.cmd();
        java.util.Optional<KernelOption> kernel = a.kernel();
        ChainedOptionsBuilder builder = new OptionsBuilder().parent(cmd);
        if (a.quick()) {
            quickDefaults(cmd, builder);
        }
        if (!cmd.getParameter(Params.WORKERS).hasValue()) {
            int cores = benchmarkJvm.availableProcessors(); // what the forks see, which resolve the symbols
            List<String> distinct = distinctWorkerCounts(cores);
            if (distinct.size() < Workers.SYMBOLS.size()) {
                builder.param(Params.WORKERS, distinct.toArray(String[]::new));
                out.println("# parbench: workers = " + String.join(", ", distinct) + " (on " + cores
                        + " processor(s) half is 1; -p workers=" + String.join(",", Workers.SYMBOLS)
                        + " runs all four)");
            }
        }
        if (benchmarkJvm.featureVersion() < 21) {
            List<String> left = new ArrayList<>();
            for (Bench b : Bench.values()) {
                if (b.needsVirtualThreads()) {
                    builder.exclude(b.className());
                    left.add(b.simpleName);
                }
            }
            out.println("# parbench: " + String.join(", ", left) + " left out: virtual threads need JDK 21 or "
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
        boolean profiled = !a.noLoadProfiler() || cmd.getProfilers().stream()
                .anyMatch(p -> p.getKlass().equals(LoadProfiler.class.getName()));
        if (profiled && logicalProcessors != null) {
            append.add("-D" + LoadProfiler.LOGICAL_PROCESSORS + "=" + logicalProcessors); // spares each fork OSHI's set-up
        }
        if (!append.equals(cmd.getJvmArgsAppend().orElse(List.of()))) {
            builder.jvmArgsAppend(append.toArray(String[]::new));
        }
        if (!a.noLoadProfiler() && cmd.getProfilers().stream()
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

    /**
     * The worker symbols to measure by default on this many processors: all four, less "half" where
     * it names the same count as "1" (2 or 3 processors). "1" and "cores" are kept even where they
     * coincide (one processor), so that runs from different machines still line up by name.
     */
    static List<String> distinctWorkerCounts(int cores) {
        List<String> symbols = new ArrayList<>(Workers.SYMBOLS);
        if (Workers.resolve(Workers.HALF, cores) == Workers.resolve(Workers.ONE, cores)) {
            symbols.remove(Workers.HALF);
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
        // every benchmark once: under the declared policy, not each of its tunings (-p split=... still runs them)
        declaredUnlessGiven(cmd, builder, Params.SPLIT, Tuning.DECLARED.splitParam());
        declaredUnlessGiven(cmd, builder, Params.CALLER, Tuning.DECLARED.callerParam());
        declaredUnlessGiven(cmd, builder, Params.SPIN, Tuning.DECLARED.spinParam());
    }

    private static void declaredUnlessGiven(CommandLineOptions cmd, ChainedOptionsBuilder builder, String param,
            String value) {
        if (!cmd.getParameter(param).hasValue()) {
            builder.param(param, value);
        }
    }

}
