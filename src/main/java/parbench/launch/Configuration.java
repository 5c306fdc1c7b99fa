package parbench.launch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One benchmark at one mode and one set of parameter values: what one fork of a round runs. JMH
 * plans the same cartesian product of @Param values and -p overrides; the suite plans it itself so
 * that it can run the configurations in an order of its own.
 *
 * @param threadPerProcessor the benchmark asks for @Threads(MAX) (the ceiling)
 */
record Configuration(String benchmark, Mode mode, Map<String, String> params, boolean threadPerProcessor) {

    /** "parbench.bench.FixedPoolBench.rangeSum n=50000000 workers=cores", as RecordingOutput labels a fork. */
    String label() {
        StringBuilder s = new StringBuilder(benchmark);
        params.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.toString();
    }

    /**
     * Options that run just this configuration, once, with everything else as the user set it.
     * JMH resolves @Threads(MAX) with the launcher's processor count; the forks may see another
     * (-jvmArgsAppend -XX:ActiveProcessorCount=N), and the ceiling's threads must be theirs.
     */
    Options options(Options userOptions, int forkProcessors) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                // OptionsBuilder adds a parent's includes to its own, and a configuration must run alone
                .parent(OptionsView.hiding(userOptions, Set.of("getIncludes")))
                .include("^" + Pattern.quote(benchmark) + "$").mode(mode).forks(1);
        params.forEach((k, v) -> b.param(k, v));
        if (threadPerProcessor && !userOptions.getThreads().hasValue()) {
            b.threads(forkProcessors);
        }
        return b.build();
    }

    /** Every configuration the options select, in JMH's order. */
    static List<Configuration> plan(Options options) {
        List<Configuration> plan = new ArrayList<>();
        for (BenchmarkListEntry e : selected(options)) {
            for (Mode mode : modes(options, e)) {
                for (Map<String, String> params : product(options, e)) {
                    Configuration c = new Configuration(e.getUsername(), mode, params,
                            e.getThreads().orElse(1) == Threads.MAX);
                    if (!plan.contains(c)) {
                        plan.add(c);
                    }
                }
            }
        }
        return plan;
    }

    /** The benchmark methods the options' regexes select, as JMH finds them (quietly). */
    static SortedSet<BenchmarkListEntry> selected(Options options) {
        return BenchmarkList.defaultList().find(OutputFormatFactory.createFormatInstance(
                new PrintStream(PrintStream.nullOutputStream()), VerboseMode.SILENT),
                options.getIncludes(), options.getExcludes());
    }

    private static List<Mode> modes(Options options, BenchmarkListEntry e) {
        Collection<Mode> given = options.getBenchModes();
        if (given.isEmpty()) {
            return List.of(e.getMode());
        }
        return given.contains(Mode.All) ? Arrays.stream(Mode.values()).filter(m -> m != Mode.All).toList()
                : List.copyOf(given);
    }

    /** The parameter sets, names in order as JMH prints them: the -p values where given, else the @Param values. */
    private static List<Map<String, String>> product(Options options, BenchmarkListEntry e) {
        List<Map<String, String>> sets = new ArrayList<>();
        sets.add(new LinkedHashMap<>());
        if (!e.getParams().hasValue()) {
            return sets;
        }
        for (Map.Entry<String, String[]> p : new java.util.TreeMap<>(e.getParams().get()).entrySet()) {
            Collection<String> values = options.getParameter(p.getKey()).orElse(Arrays.asList(p.getValue()));
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> set : sets) {
                for (String v : values) {
                    Map<String, String> grown = new LinkedHashMap<>(set);
                    grown.put(p.getKey(), v);
                    next.add(grown);
                }
            }
            sets = next;
        }
        return sets;
    }
}
