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
 * Everything a user reads, held byte for byte: the report (.md), its CSV, its charts' data and the
 * verdict the console prints at the end of a run, for a full default run and a kernel run, the index of the fixture runs, and compare's Markdown, CSV,
 * JSON and charts' data for two default runs of one machine (JDK 17 against JDK 25). The fixtures
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
        out.put("index.md", Index.markdown(new ResultsFolder(RUNS)));
        String[] pair = {DEFAULT_RUN.toString(), JDK25_RUN.toString()};
        out.put("compare.md", command("compare", pair[0], pair[1]));
        out.put("compare.csv", command("compare", "--csv", pair[0], pair[1]));
        out.put("compare.json", command("compare", "--json", pair[0], pair[1]));
        out.put("compare.charts.txt", ChartData.text(CompareCharts.of(new Comparison(CompareCommand.inputs(List.of(pair)), 0.05, false))));
        return out;
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

    @Test
    @Order(3)
    void theFixturesAreTheCommittedRunsUntouched() throws IOException {
        for (Path fixture : List.of(DEFAULT_RUN, JDK25_RUN, KERNEL_RUN)) {
            Path committed = Path.of("results").resolve(RUNS.relativize(fixture));
            if (Files.exists(committed)) {
                assertTrue(Files.mismatch(fixture, committed) < 0, fixture + " is no longer a copy of " + committed);
            }
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
