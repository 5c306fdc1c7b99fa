package parbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parbench.jmhfmt.JmhResultFile;
import parbench.publish.Index;
import parbench.publish.ReportFiles;
import parbench.render.CsvReport;
import parbench.render.Format;
import parbench.results.ResultsFolder;
import parbench.stats.Estimate;

/**
 * One figure is one number wherever it is printed, on every committed run: the headline speedup and
 * share the report's verdict prints are the CSV row of that strategy's and the index's, and compare
 * of a run against itself prints the report's medians, row for row.
 */
class OneFigureTest {
    private static final Path RESULTS = Path.of("results");
    /** "1.92× [1.89, 1.96] over serial (96% [94%, 98%] of the ceiling": the verdict's headline figures. */
    private static final Pattern VERDICT = Pattern.compile("(\\S+× \\[[^\\]]*\\]) over serial(?: \\((\\d+%(?: \\[[^\\]]*\\])?) of the ceiling)?");
    /**
     * "n=50,000,000: streams, sized pool 1.92× [1.89, 1.96], 96% [94%, 98%] of the ceiling": the index's,
     * after "**a tie** (...), fastest measured " or "nothing beats serial; fastest measured " where the run found so.
     */
    private static final Pattern INDEX = Pattern.compile("n=([\\d,]+): (?:\\*\\*a tie\\*\\* \\([^)]*\\), fastest measured "
            + "|nothing beats serial; fastest measured )?(.+?)(?: \\((\\S+)\\))? (\\S+× \\[[^\\]]*\\])(?:, (\\d+%(?: \\[[^\\]]*\\])?) of the ceiling)?");
    private static Map<String, String> indexRows;

    static Stream<Path> committedRuns() throws Exception {
        try (Stream<Path> files = Files.walk(RESULTS, 2)) {
            List<Path> runs = files.filter(p -> p.toString().endsWith(".machine.json")).sorted()
                    .map(m -> m.resolveSibling(m.getFileName().toString().replace(".machine.json", ".json"))).toList();
            assertTrue(runs.size() >= 30, "results/ holds the committed runs: " + runs.size());
            return runs.stream();
        }
    }

    @BeforeAll
    static void index() throws Exception {
        indexRows = new HashMap<>();
        for (String line : Index.markdown(new ResultsFolder(RESULTS)).split("\n")) {
            if (line.startsWith("| [")) {
                indexRows.put(line.substring(3, line.indexOf(']')), line);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("committedRuns")
    void theVerdictTheCsvAndTheIndexPrintOneHeadline(Path run) throws Exception {
        ReportFiles.Analysed a = ReportFiles.Analysed.of(ResultsFolder.Run.of(run), JmhResultFile.read(run),
                ReportCommand.readMachine(run).orElseThrow());
        String md = a.report().markdown();
        String stem = ResultsFolder.Run.of(run).stem();
        Matcher index = INDEX.matcher(indexRows.get(stem));
        assertTrue(index.find(), "the index names a headline for " + stem + ": " + indexRows.get(stem));
        String label = index.group(2);
        String verdictLine = md.lines().filter(l -> l.startsWith("- **CPU-bound work**") || l.startsWith("- **Your kernel**"))
                .findFirst().orElseThrow();
        assertTrue(verdictLine.contains(label), "the index names the verdict's choice: " + label + " / " + verdictLine);
        Matcher verdict = VERDICT.matcher(verdictLine.substring(verdictLine.indexOf(label)));
        assertTrue(verdict.find(), verdictLine);
        CSVRecord row = csv(CsvReport.of(a.rows(), a.analysis())).stream()
                .filter(r -> r.get("strategy").equals(label) && r.get("size").equals(index.group(1).replace(",", ""))
                        && r.get("workers_symbol").equals(index.group(3) == null ? "cores" : index.group(3))
                        && !r.get("workload").startsWith("squares")).findFirst().orElseThrow();
        String speedup = Format.ratio(estimate(row, "speedup"), "×");
        assertEquals(speedup, verdict.group(1), stem + ": the verdict's speedup is the CSV's");
        assertEquals(speedup, index.group(4), stem + ": the index's speedup is the CSV's");
        String share = row.get("share").isEmpty() ? null : Format.percent(estimate(row, "share")); // no ceiling: no share anywhere
        assertEquals(share, verdict.group(2), stem + ": the verdict's share is the CSV's");
        assertEquals(share, index.group(5), stem + ": the index's share is the CSV's");
    }

    @ParameterizedTest
    @MethodSource("committedRuns")
    void compareOfARunAgainstItselfPrintsTheReportsMedians(Path run) throws Exception {
        ReportFiles.Analysed a = ReportFiles.Analysed.of(ResultsFolder.Run.of(run), JmhResultFile.read(run),
                ReportCommand.readMachine(run).orElse(null));
        Map<String, CSVRecord> report = new HashMap<>();
        for (CSVRecord r : csv(CsvReport.of(a.rows(), a.analysis()))) {
            report.put(key(r), r);
        }
        CliRun compare = CliRun.of("compare", "--csv", run.toString(), run.toString());
        assertEquals(0, compare.status(), compare.err());
        List<CSVRecord> rows = csv(compare.out());
        List<String> matched = new ArrayList<>();
        for (CSVRecord c : rows) {
            CSVRecord r = report.get(key(c));
            if (r == null) {
                continue; // a row of another suite's benchmark in this file: the report's generic table is held elsewhere
            }
            for (String field : List.of("forks", "median", "median_low", "median_high")) {
                assertEquals(r.get(field), c.get(field), run + " " + key(c) + ": " + field);
                assertEquals(r.get(field), c.get("baseline_" + field), run + " " + key(c) + ": baseline_" + field);
            }
            matched.add(key(c));
        }
        assertEquals(report.size(), matched.size(), run + ": every row of the report is in compare");
        String markdown = CliRun.of("compare", run.toString(), run.toString()).out();
        for (CSVRecord r : report.values()) {
            String cell = Format.median(estimate(r, "median"), r.get("unit"));
            assertTrue(markdown.contains("| " + cell + " | " + cell + " |"), run + ": compare prints " + cell + " for " + key(r));
        }
    }

    private static String key(CSVRecord r) {
        return r.get("benchmark") + " " + r.get("mode") + " " + r.get("threads") + " " + r.get("params");
    }

    private static Estimate estimate(CSVRecord r, String figure) {
        return new Estimate(Double.parseDouble(r.get(figure)), Double.parseDouble(r.get(figure + "_low")),
                Double.parseDouble(r.get(figure + "_high")), Integer.parseInt(r.get("forks")), 0.95);
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text)).getRecords();
    }
}
