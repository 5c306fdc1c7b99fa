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
import parbench.analysis.Comparison;
import parbench.jmhfmt.JmhResultFile;
import parbench.render.CompareReport;
import parbench.render.CompareCharts;
import parbench.render.RunChart;
import parbench.results.ResultsFolder;

/**
 * {@code compare A.json B.json [more] [--alpha 0.05] [--csv] [--save] [--results DIR]}: result files
 * of this suite or any JMH project, compared row by row with the first as baseline.
 */
public final class CompareCommand {
    private static final String USAGE =
            "usage: java -jar benchmarks.jar compare A.json B.json [more.json] [--alpha 0.05] [--csv] [--save] [--results DIR]";

    private CompareCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        CommandOptions options = new CommandOptions("compare", USAGE);
        OptionSpec<Double> alphaOpt = options.parser.accepts("alpha", "significance level of the Mann-Whitney U test")
                .withRequiredArg().ofType(Double.class).defaultsTo(0.05);
        options.parser.accepts("csv", "CSV to stdout instead of Markdown");
        options.parser.accepts("save", "also save Markdown and CSV under <results>/comparisons/");
        OptionSpec<String> resultsOpt = options.parser.accepts("results", "the results folder for --save")
                .withRequiredArg().defaultsTo("results");
        OptionSpec<String> files = options.parser.nonOptions("result files (JMH JSON)");
        if (!options.parse(args, out)) {
            return 0;
        }
        double alpha = options.value(alphaOpt);
        if (!(alpha > 0 && alpha < 1)) {
            throw options.error("--alpha must be between 0 and 1, was " + alpha);
        }
        List<String> paths = options.values(files);
        if (paths.size() < 2) {
            throw options.error("needs at least two result files");
        }
        Comparison comparison = new Comparison(inputs(paths), alpha);
        if (comparison.matched().isEmpty()) {
            throw new UserError("compare: " + paths.get(0) + " and " + String.join(", ", paths.subList(1, paths.size()))
                    + " have no benchmark in common (rows match by benchmark, mode, params and threads)");
        }
        String markdown = CompareReport.markdown(comparison);
        String csv = CompareReport.csv(comparison);
        out.print(options.has("csv") ? csv : markdown);
        if (options.has("save")) {
            save(CommandOptions.writableDir(options.value(resultsOpt)).resolve("comparisons"), paths, comparison, markdown, csv,
                    err);
        }
        return 0;
    }

    private static List<Comparison.Input> inputs(List<String> paths) {
        List<Comparison.Input> inputs = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            inputs.add(new Comparison.Input(path.getFileName().toString(), p, JmhResultFile.read(path),
                    ReportCommand.readMachine(path).orElse(null)));
        }
        return inputs;
    }

    private static void save(Path dir, List<String> paths, Comparison comparison, String markdown, String csv,
            PrintStream err) throws IOException {
        Files.createDirectories(dir);
        String base = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + stemOf(paths.get(0)) + "-vs-" + stemOf(paths.get(1));
        String free = base;
        for (int i = 2; Files.exists(dir.resolve(free + ".md")); i++) {
            free = base + "-" + i;
        }
        String stem = free;
        List<RunChart> charts = CompareCharts.of(comparison);
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

    private static String stemOf(String path) {
        ResultsFolder.Run run = ResultsFolder.Run.of(Path.of(path));
        Path parent = run.dir().getFileName();
        return (parent == null ? "" : parent + "_") + run.stem().replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
