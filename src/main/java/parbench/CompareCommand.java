package parbench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import joptsimple.OptionSpec;
import java.util.Optional;
import java.util.function.Supplier;
import parbench.analysis.Comparison;
import parbench.analysis.Gate;
import parbench.render.CompareJson;
import parbench.jmhfmt.JmhResultFile;
import parbench.render.CompareReport;
import parbench.render.CompareCharts;
import parbench.render.CompareCsv;
import parbench.render.RunChart;
import parbench.results.ResultsFolder;
import parbench.results.ResultsIndex;
import parbench.launch.UserError;

/**
 * {@code compare A.json B.json [more] [--alpha 0.05] [--csv|--json] [--save] [--results DIR]
 * [--normalize] [--max-regression PCT]}: result files of this suite or any JMH project, compared row
 * by row with the first as baseline; {@code compare --baseline DIR NEW.json} takes as baseline the
 * newest run of NEW's machine under DIR; {@code compare A1 A2 A3 -- B1 B2 B3} compares several runs
 * a side at the run level ({@link CompareRuns}). With --max-regression the exit status is the gate's:
 * 1 where a row is a significant regression beyond PCT.
 */
public final class CompareCommand {
    static final String USAGE = "usage: java -jar benchmarks.jar compare A.json B.json [more.json] | A1.json A2.json [...] -- "
            + "B1.json B2.json [...] | --baseline DIR NEW.json [--alpha 0.05] [--csv | --json] [--save] [--results DIR] "
            + "[--normalize] [--max-regression PCT]";

    private CompareCommand() {
    }

    /**
     * What the options asked for, read once for either form.
     *
     * @param maxRegression the gate's threshold as a fraction, with the text it was given as
     */
    record Settings(double alpha, boolean csv, boolean json, boolean normalize, Optional<Double> maxRegression,
            String maxRegressionText, boolean save, String results) {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        CommandOptions options = new CommandOptions("compare", USAGE);
        OptionSpec<Double> alphaOpt = options.parser.accepts("alpha", "significance level of the tests (Welch's t over "
                + "forks, or over runs a side; Mann-Whitney U where a file has one fork), and the gate's false-alarm rate over "
                + "the whole comparison").withRequiredArg().ofType(Double.class).defaultsTo(0.05);
        options.parser.accepts("csv", "CSV to stdout instead of Markdown");
        options.parser.accepts("json", "JSON to stdout instead of Markdown: every row, every change, the gate");
        options.parser.accepts("normalize", "judge every row against its file's whole-run shift (the median change); two files or more, not runs a side");
        OptionSpec<String> maxRegressionOpt = options.parser.accepts("max-regression",
                "exit 1 where a row is a significant regression beyond PCT percent (time up, throughput down)")
                .withRequiredArg().describedAs("PCT");
        OptionSpec<String> baselineOpt = options.parser.accepts("baseline",
                "compare NEW.json against the newest run of its machine under DIR").withRequiredArg().describedAs("DIR");
        options.parser.accepts("save", "also save Markdown and CSV under <results>/comparisons/");
        OptionSpec<String> resultsOpt = options.parser.accepts("results", "the results folder for --save")
                .withRequiredArg().defaultsTo("results");
        OptionSpec<String> files = options.parser.nonOptions("result files (JMH JSON); several runs a side as A1 A2 -- B1 B2");
        if (!options.parse(CommandOptions.keepingSides(args), out)) {
            return 0;
        }
        double alpha = options.value(alphaOpt);
        if (!(alpha > 0 && alpha < 1)) {
            throw options.error("--alpha must be between 0 and 1, was " + alpha);
        }
        if (options.has("csv") && options.has("json")) {
            throw options.error("--csv and --json: choose one");
        }
        Settings settings = new Settings(alpha, options.has("csv"), options.has("json"), options.has("normalize"),
                options.has(maxRegressionOpt) ? Optional.of(percent(options.value(maxRegressionOpt), options)) : Optional.empty(),
                options.has(maxRegressionOpt) ? options.value(maxRegressionOpt) : null, options.has("save"), options.value(resultsOpt));
        List<String> paths = new ArrayList<>(options.values(files));
        if (paths.contains(CommandOptions.SIDES)) {
            if (options.has(baselineOpt)) {
                throw options.error("--baseline takes one new file, not runs a side");
            }
            return CompareRuns.run(paths, settings, options, out, err);
        }
        if (options.has(baselineOpt)) {
            if (paths.size() != 1) {
                throw options.error("--baseline DIR takes one result file, the new run; got " + paths.size());
            }
            paths.add(0, baselineFor(Path.of(options.value(baselineOpt)), Path.of(paths.get(0))).toString());
            err.println("parbench: baseline " + paths.get(0));
        }
        if (paths.size() < 2) {
            throw options.error("needs at least two result files");
        }
        return files(paths, settings, out, err);
    }

    /** Two files or more, the first the baseline: compared fork by fork. */
    private static int files(List<String> paths, Settings settings, PrintStream out, PrintStream err) throws IOException {
        Comparison comparison = new Comparison(inputs(paths), settings.alpha(), settings.normalize());
        if (comparison.matched().isEmpty()) {
            throw new UserError("compare: " + paths.get(0) + " and " + String.join(", ", paths.subList(1, paths.size()))
                    + " have no benchmark in common (rows match by benchmark, mode, params and threads)");
        }
        Optional<Gate> gate = settings.maxRegression().map(t -> Gate.of(comparison, t));
        return emit(settings, new Outputs(CompareReport.markdown(comparison, gate), CompareCsv.of(comparison),
                CompareJson.of(comparison, gate), stemOf(paths.get(0)) + "-vs-" + stemOf(paths.get(1)),
                () -> CompareCharts.of(comparison), gate.map(g -> g.regressions().size())), out, err);
    }

    /**
     * What either form of compare makes.
     *
     * @param what        what the comparison's saved name says it compares
     * @param regressions the gate's count of rows it names, where --max-regression asked for the gate
     */
    record Outputs(String markdown, String csv, String json, String what, Supplier<List<RunChart>> charts,
            Optional<Integer> regressions) {
    }

    /** Prints the output asked for, saves the comparison where asked, and says the gate's decision: its exit status. */
    static int emit(Settings settings, Outputs o, PrintStream out, PrintStream err) throws IOException {
        out.print(settings.csv() ? o.csv() : settings.json() ? o.json() : o.markdown());
        if (settings.save()) {
            save(CommandOptions.writableDir(settings.results()).resolve("comparisons"), o.what(), o.markdown(), o.csv(),
                    o.charts().get(), err);
        }
        o.regressions().ifPresent(n -> err.println("parbench: gate " + (n > 0 ? "fails: " + n + " row(s) a significant "
                + "regression beyond " + settings.maxRegressionText().strip().replaceAll("%$", "") + "%" : "passes")));
        return o.regressions().map(n -> n > 0 ? 1 : 0).orElse(0);
    }

    /**
     * The newest run of NEW's machine (its machine record names it) in a results folder, other than
     * NEW itself and, where NEW is in that folder, made before it.
     */
    static Path baselineFor(Path folder, Path newRun) throws IOException {
        MachineRecordOf record = new MachineRecordOf(newRun);
        if (!Files.isDirectory(folder)) {
            throw new UserError("compare --baseline " + folder + ": no such folder");
        }
        String stem = ResultsFolder.Run.of(newRun).stem();
        Path self = newRun.toAbsolutePath().normalize();
        return ResultsIndex.entries(new ResultsFolder(folder)).stream()
                .filter(e -> e.record().name().equals(record.name()))
                .filter(e -> !e.run().json().toAbsolutePath().normalize().equals(self))
                .filter(e -> !e.run().dir().equals(self.getParent()) || e.run().stem().compareTo(stem) < 0)
                .map(e -> e.run().json()).findFirst()
                .orElseThrow(() -> new UserError("compare --baseline " + folder + ": no earlier run of " + record.name()
                        + " there to compare " + newRun + " with"));
    }

    /** The machine name of a result file, from the record beside it. */
    private record MachineRecordOf(String name) {
        MachineRecordOf(Path json) {
            this(ReportCommand.readMachine(json).map(m -> m.name()).orElseThrow(() -> new UserError("compare --baseline: "
                    + json + " has no machine record beside it, so its machine is not known; name the baseline file")));
        }
    }

    /** "5", "5%" or "2.5" percent, as a fraction. */
    private static double percent(String text, CommandOptions options) {
        try {
            double pct = Double.parseDouble(text.strip().replaceAll("%$", ""));
            if (pct >= 0 && pct < 1000) {
                return pct / 100;
            }
        } catch (NumberFormatException e) {
            // the error below names the value
        }
        throw options.error("--max-regression takes a percentage from 0 to 1000, was " + text);
    }

    static List<Comparison.Input> inputs(List<String> paths) {
        List<Comparison.Input> inputs = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            inputs.add(new Comparison.Input(path.getFileName().toString(), p, JmhResultFile.read(path),
                    ReportCommand.readMachine(path).orElse(null)));
        }
        return inputs;
    }

    /**
     * The comparison's Markdown (with its charts linked after the title), CSV and charts in the
     * comparisons folder, named when it was made and what it compares; never over an existing file.
     */
    private static void save(Path dir, String what, String markdown, String csv, List<RunChart> charts, PrintStream err)
            throws IOException {
        Files.createDirectories(dir);
        String base = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()) + "-" + what;
        String free = base;
        for (int i = 2; Files.exists(dir.resolve(free + ".md")); i++) {
            free = base + "-" + i;
        }
        String stem = free;
        StringBuilder linked = new StringBuilder();
        for (RunChart chart : charts) {
            ResultsFolder.writeNew(dir.resolve(chart.fileName(stem)), chart.png());
            linked.append("![").append(chart.caption()).append("](").append(chart.fileName(stem)).append(")\n\n*")
                    .append(chart.caption()).append("*\n\n");
        }
        Path md = dir.resolve(stem + ".md");
        Path csvFile = dir.resolve(stem + ".csv");
        ResultsFolder.writeNew(md, withCharts(markdown, linked.toString()).getBytes(StandardCharsets.UTF_8));
        ResultsFolder.writeNew(csvFile, csv.getBytes(StandardCharsets.UTF_8));
        err.println("parbench: comparison saved to " + md + ", " + csvFile.getFileName()
                + charts.stream().map(c -> ", " + c.fileName(stem)).collect(java.util.stream.Collectors.joining()));
    }

    /** The charts go after the title, where a reader starts. */
    private static String withCharts(String markdown, String charts) {
        int afterTitle = markdown.indexOf("\n\n");
        return afterTitle < 0 ? markdown + "\n" + charts
                : markdown.substring(0, afterTitle + 2) + charts + markdown.substring(afterTitle + 2);
    }

    /** A result file as a comparison's name holds it: its machine folder and stem joined by "_". */
    static String stemOf(String path) {
        ResultsFolder.Run run = ResultsFolder.Run.of(Path.of(path));
        Path parent = run.dir().getFileName();
        return (parent == null ? "" : parent + "_") + run.stem().replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
