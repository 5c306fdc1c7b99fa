package parbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parbench.analysis.Comparison;
import parbench.jmhfmt.JmhResultFile;
import parbench.publish.Index;
import parbench.publish.ReportFiles;
import parbench.render.CompareCharts;
import parbench.render.CsvReport;
import parbench.results.ResultsFolder;

/**
 * Everything a user reads, held byte for byte: the report (.md), its CSV and its charts' data for a
 * full default run and a kernel run, with the verdict the console prints at the end of a run, the index of the fixture runs, compare's Markdown, CSV, JSON
 * and charts' data for two default runs of one machine (JDK 17 against JDK 25), and compare's
 * Markdown, CSV and JSON for two runs a side of that machine (JDK 17's two against JDK 25's), and
 * the report of a run checked against the three runs of its suite before it (EPYC_SUITE). The fixtures
 * under src/test/golden/runs are copies of committed runs, frozen; the expected outputs are under
 * src/test/golden/expected, made under two default locales. A change to what a user reads fails
 * here until the files are made again (docs/golden-files.md):
 * {@code mvn -B -q test -Dtest=GoldenFilesTest -Dgolden.update=true}, and the diff is reviewed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoldenFilesTest {
    static final Path RUNS = Path.of("src", "test", "golden", "runs");
    static final Path EXPECTED = Path.of("src", "test", "golden", "expected");
    /** The full default run, with its machine record and traced timelines. */
    static final Path DEFAULT_RUN = RUNS.resolve("intel-xeon-2cpu").resolve("20261205-021408.json");
    /** The same machine and jar on JDK 25: compare's pair with the default run. */
    static final Path JDK25_RUN = RUNS.resolve("intel-xeon-2cpu").resolve("20261205-025313.json");
    /** compare's runs a side: the two JDK 17 default runs on the Intel machine against its two JDK 25 runs. */
    static final List<Path> INTEL_JDK17 = List.of(RUNS.resolve("intel-xeon-2cpu").resolve("20261205-015948.json"), DEFAULT_RUN);
    static final List<Path> INTEL_JDK25 = List.of(RUNS.resolve("intel-xeon-2cpu").resolve("20261205-022814.json"), JDK25_RUN);
    /**
     * Four default runs on the AMD EPYC machine, JDK 17, back to back, each made (as its commit says)
     * by the final commit of its day. They were recorded before the suite's hash, so their copies
     * here have one written in: the same made-up hash for all four (SUITE_HASH), so that the index
     * pools them as runs of one suite and the last one's report is checked against the three before
     * it. Nothing else in them is changed; theFixturesAreTheCommittedRunsUntouched holds that.
     */
    static final List<Path> EPYC_SUITE = Stream.of("20261204-032455", "20261204-043030", "20261204-044608", "20261204-050050")
            .map(stem -> RUNS.resolve("amd-epyc-2cpu").resolve(stem + ".json")).toList();
    /** The hash written into EPYC_SUITE's records: the SHA-256 of a sentence, no jar's. */
    static final String SUITE_HASH = "7771a0aaf74c070ebdb262cea3dba1ca471c9a99c9887e379caf1b8a51f7a6e6";
    /** A user's kernel, measured in rounds of a fixed count. */
    static final Path KERNEL_RUN = RUNS.resolve("amd-epyc-2cpu").resolve("20261123-211146.json");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** Every output, by the file name it is held in. */
    static Map<String, String> outputs() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path run : List.of(DEFAULT_RUN, KERNEL_RUN)) {
            ReportFiles.Analysed a = ReportFiles.Analysed.of(ResultsFolder.Run.of(run), JmhResultFile.read(run),
                    ReportCommand.readMachine(run).orElseThrow());
            String stem = ResultsFolder.Run.of(run).stem();
            out.put(stem + ".md", a.report().markdown());
            out.put(stem + ".csv", CsvReport.of(a.rows(), a.analysis()));
            out.put(stem + ".charts.txt", ChartData.text(a.report().charts()));
            out.put(stem + ".console.txt", String.join("\n", a.verdict()) + "\n");
        }
        Path checked = EPYC_SUITE.get(EPYC_SUITE.size() - 1);
        ReportFiles.Analysed last = ReportFiles.Analysed.of(ResultsFolder.Run.of(checked), JmhResultFile.read(checked),
                ReportCommand.readMachine(checked).orElseThrow());
        out.put(ResultsFolder.Run.of(checked).stem() + ".md", last.report().markdown());
        out.put("index.md", Index.markdown(new ResultsFolder(RUNS)));
        String[] pair = {DEFAULT_RUN.toString(), JDK25_RUN.toString()};
        out.put("compare.md", command("compare", pair[0], pair[1]));
        out.put("compare.csv", command("compare", "--csv", pair[0], pair[1]));
        out.put("compare.json", command("compare", "--json", pair[0], pair[1]));
        out.put("compare.charts.txt", ChartData.text(CompareCharts.of(new Comparison(CompareCommand.inputs(List.of(pair)), 0.05, false))));
        out.put("compare-runs.md", command(runs()));
        out.put("compare-runs.csv", command(runs("--csv")));
        out.put("compare-runs.json", command(runs("--json")));
        return out;
    }

    /** compare INTEL_JDK17 -- INTEL_JDK25, with these options. */
    private static String[] runs(String... options) {
        List<String> args = new ArrayList<>(List.of("compare"));
        INTEL_JDK17.forEach(p -> args.add(p.toString()));
        args.add("--");
        INTEL_JDK25.forEach(p -> args.add(p.toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    private static String command(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), String.join(" ", args) + ": " + run.err());
        return run.out();
    }

    /** With -Dgolden.update=true: writes every expected file from this code, and removes those no output has any more. */
    @Test
    @Order(1)
    void regenerateWhenAsked() throws IOException {
        if (!UPDATE) {
            return;
        }
        Files.createDirectories(EXPECTED);
        Map<String, String> out = withLocale(Locale.US);
        for (Path stale : expectedFiles()) {
            if (!out.containsKey(stale.getFileName().toString())) {
                Files.delete(stale);
            }
        }
        for (Map.Entry<String, String> e : out.entrySet()) {
            Files.writeString(EXPECTED.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "tr-TR"})
    @Order(2)
    void everyOutputIsItsGoldenFileByteForByte(String locale) throws IOException {
        Map<String, String> out = withLocale(Locale.forLanguageTag(locale));
        List<String> names = expectedFiles().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(new ArrayList<>(out.keySet()), names, "the outputs and the golden files are the same set; " + HOW);
        for (Map.Entry<String, String> e : out.entrySet()) {
            String expected = Files.readString(EXPECTED.resolve(e.getKey()), StandardCharsets.UTF_8);
            if (!expected.equals(e.getValue())) {
                fail(e.getKey() + " under " + locale + " differs from its golden file at " + firstDifference(expected, e.getValue())
                        + "; " + HOW);
            }
        }
    }

    /**
     * Every fixture file is a copy of the committed one of its name, byte for byte; EPYC_SUITE's
     * machine records but for the one line of the suite hash written into them.
     */
    @Test
    @Order(3)
    void theFixturesAreTheCommittedRunsUntouched() throws IOException {
        String hashLine = "  \"suiteHash\" : \"" + SUITE_HASH + "\",\n";
        List<Path> hashed = EPYC_SUITE.stream().map(p -> p.resolveSibling(p.getFileName().toString().replace(".json", ".machine.json")))
                .toList();
        for (Path fixture : fixtures()) {
            Path committed = Path.of("results").resolve(RUNS.relativize(fixture));
            if (!Files.exists(committed)) {
                continue;
            }
            if (hashed.contains(fixture)) {
                String text = Files.readString(fixture, StandardCharsets.UTF_8);
                assertTrue(text.contains(hashLine), fixture + " has the suite hash written in");
                assertEquals(Files.readString(committed, StandardCharsets.UTF_8), text.replace(hashLine, ""),
                        fixture + " is " + committed + " and its suite hash, nothing else");
            } else {
                assertTrue(Files.mismatch(fixture, committed) < 0, fixture + " is no longer a copy of " + committed);
            }
        }
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(RUNS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static final String HOW = "if the change is meant, run mvn -B -q test -Dtest=GoldenFilesTest -Dgolden.update=true "
            + "and review the diff (docs/golden-files.md)";

    private static Map<String, String> withLocale(Locale locale) throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return outputs();
        } finally {
            Locale.setDefault(before);
        }
    }

    private static List<Path> expectedFiles() throws IOException {
        if (!Files.isDirectory(EXPECTED)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(EXPECTED)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** "line 12: expected '...' but was '...'". */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "(end of file)";
            String y = i < a.length ? a[i] : "(end of file)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": expected '" + x + "' but was '" + y + "'";
            }
        }
        return "(no line differs)";
    }
}
