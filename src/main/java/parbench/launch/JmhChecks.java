package parbench.launch;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * Checks of JMH's own options that JMH makes only once the run has started, where a mistake is a
 * stack trace (a bad regex) or a failed run (an unknown profiler): here they are one line and exit 2.
 */
final class JmhChecks {
    private JmhChecks() {
    }

    static void regexes(CommandLineOptions cmd) {
        for (String regex : cmd.getIncludes()) {
            compile(regex, "benchmark regex");
        }
        for (String regex : cmd.getExcludes()) {
            compile(regex, "-e");
        }
    }

    private static void compile(String regex, String what) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new UserError(what + " '" + regex + "' is not a regular expression (" + e.getDescription()
                    + " at index " + e.getIndex() + ")");
        }
    }

    static void profilers(CommandLineOptions cmd) {
        for (ProfilerConfig p : cmd.getProfilers()) {
            try {
                ProfilerFactory.getProfilerOrException(p);
            } catch (ProfilerException e) {
                throw new UserError("-prof " + p.getKlass() + ": " + SuiteArguments.oneLine(e.getMessage())
                        + " (java -jar benchmarks.jar -lprof lists them)");
            }
        }
    }
}
