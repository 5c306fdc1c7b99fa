package parbench.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.catalog.Plan;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The suite's command line: parbench's own options taken out, the rest parsed by JMH as it is.
 *
 * @param resultsGiven  --results named the folder (a folder that cannot be written is then the user's mistake)
 * @param jmhArgs       what is left for JMH, as given
 */
record SuiteArguments(boolean quick, boolean noLoadProfiler, boolean noSave, boolean sequential, Path resultsRoot,
        boolean resultsGiven, String seed, Optional<Duration> budget, Optional<Double> target, Optional<Double> bracket,
        Optional<KernelOption> kernel, Plan.Scope scope, List<String> jmhArgs, CommandLineOptions cmd) {
    static final String QUICK = "--quick";
    static final String NO_LOAD_PROFILER = "--no-load-profiler";
    static final String RESULTS = "--results";
    static final String NO_SAVE = "--no-save";
    static final String SEQUENTIAL = "--sequential";
    static final String SEED = "--seed";
    static final String BUDGET = "--budget";
    static final String TARGET = "--target";
    static final String BRACKET = "--bracket";
    /** A plain run measures the waiting work's whole grid (every wait share and pool size), not the plan's few. */
    static final String WAITING_GRID = "--waiting-grid";
    /** A plain run measures the deeper sweeps too (every strategy at every size, squares' sweep, the waiting grid). */
    static final String DEEP = "--deep";

    static SuiteArguments parse(List<String> arguments) {
        List<String> args = new ArrayList<>(arguments);
        boolean quick = args.remove(QUICK);
        boolean noLoadProfiler = args.remove(NO_LOAD_PROFILER);
        boolean noSave = args.remove(NO_SAVE);
        boolean sequential = args.remove(SEQUENTIAL);
        boolean waitingGrid = args.remove(WAITING_GRID);
        Plan.Scope scope = args.remove(DEEP) ? Plan.Scope.DEEP : waitingGrid ? Plan.Scope.WAITING_GRID : Plan.Scope.DEFAULT;
        String results = takeValue(args, RESULTS, null);
        String seed = takeValue(args, SEED, null);
        Optional<Duration> budget = Optional.ofNullable(takeValue(args, BUDGET, null)).map(SuiteArguments::duration);
        Optional<Double> target = Optional.ofNullable(takeValue(args, TARGET, null)).map(v -> positive(TARGET, v, 0));
        Optional<Double> bracket = Optional.ofNullable(takeValue(args, BRACKET, null)).map(v -> positive(BRACKET, v, 1));
        Optional<KernelOption> kernel = KernelOption.take(args);
        CommandLineOptions cmd = jmhCommandLine(args);
        if ((budget.isPresent() || target.isPresent() || bracket.isPresent()) && cmd.getForkCount().hasValue()) {
            throw new UserError(BUDGET + ", " + TARGET + " and " + BRACKET + " steer the adaptive rounds; -f "
                    + cmd.getForkCount().get() + " asks for exactly that many rounds (give one or the other)");
        }
        return new SuiteArguments(quick, noLoadProfiler, noSave, sequential, Path.of(results == null ? "results" : results),
                results != null, seed, budget, target, bracket, kernel, scope, List.copyOf(args), cmd);
    }

    /** "15m", "900s", "1h", "90min": the budget of an adaptive run. */
    static Duration duration(String v) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|min|h)").matcher(v.strip());
        if (!m.matches()) {
            throw new UserError(BUDGET + " " + v + ": expected a time such as 15m, 900s or 1h");
        }
        double seconds = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
            case "s" -> 1;
            case "h" -> 3600;
            default -> 60;
        };
        if (seconds < 1) {
            throw new UserError(BUDGET + " " + v + ": must be at least a second");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** A number above a bound (0 for a target in points, 1 for a bracket's factor). */
    static double positive(String option, String v, double above) {
        try {
            double x = Double.parseDouble(v);
            if (x > above && Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserError(option + " " + v + ": expected a number above " + (above == 0 ? "0" : "1"));
    }

    /** Everything a plain run measures by default: no regex, no -p, no kernel. */
    boolean selectsEverything() {
        return cmd.getIncludes().isEmpty() && !jmhArgs.contains("-p") && kernel.isEmpty();
    }

    /** The -p values as given ("n=1000,2000"). */
    List<String> paramArguments() {
        List<String> given = new ArrayList<>();
        for (int i = 0; i + 1 < jmhArgs.size(); i++) {
            if (jmhArgs.get(i).equals("-p")) {
                given.add(jmhArgs.get(i + 1));
            }
        }
        return given;
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

    private static CommandLineOptions jmhCommandLine(List<String> args) {
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UserError("unknown option " + a + " (JMH's options start with one dash; ours are " + ours() + ")");
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

    static String ours() {
        return QUICK + ", " + NO_LOAD_PROFILER + ", " + NO_SAVE + ", " + RESULTS + " DIR, " + SEQUENTIAL + ", " + SEED
                + " N, " + BUDGET + " TIME, " + TARGET + " PCT, " + BRACKET + " X, " + WAITING_GRID + ", " + DEEP + ", " + KernelOption.KERNEL + " CLASS, " + KernelOption.KERNEL_CLASSPATH + " PATH";
    }

    static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
