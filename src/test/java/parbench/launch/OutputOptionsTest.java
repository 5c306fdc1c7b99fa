package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import parbench.CliRun;

/**
 * JMH's output options over a run that the suite makes of many Runners: the user's result file
 * holds every configuration with every fork, in rounds, in JMH's order and without forks; -o and
 * -v do what they do in JMH.
 */
class OutputOptionsTest {
    /** Two configurations: a result file that kept only the last would show one. */
    private static final List<String> TWO_CONFIGURATIONS = List.of("--no-load-profiler", "SerialBench.rangeSum$",
            "-p", "n=1000,2000", "-wi", "0", "-i", "2", "-r", "20ms");

    private static CliRun run(Path dir, String how, String... more) {
        List<String> args = new ArrayList<>(TWO_CONFIGURATIONS);
        args.addAll(List.of("--results", dir.resolve("results").toString()));
        switch (how) {
            case "rounds" -> args.addAll(List.of("-f", "2"));
            case "sequential" -> args.addAll(List.of("--sequential", "-f", "2"));
            case "no forks" -> args.addAll(List.of("-f", "0"));
            default -> throw new IllegalArgumentException(how);
        }
        args.addAll(List.of(more));
        CliRun o = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, o.status(), how + ": " + o.out() + o.err());
        return o;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rounds", "sequential", "no forks"})
    void jsonAndCsvResultFilesHoldEveryConfigurationWithEveryFork(String how, @TempDir Path dir) throws Exception {
        Path json = dir.resolve("out.json");
        CliRun o = run(dir, how, "-rf", "json", "-rff", json.toString());
        assertEquals(1, o.out().lines().filter(l -> l.equals("Benchmark result is saved to " + json)).count(), o.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, root.size(), "every configuration: " + root);
        int forks = how.equals("no forks") ? 1 : 2;
        for (JsonNode entry : root) {
            assertEquals(forks, entry.get("primaryMetric").get("rawData").size(), "every fork: " + entry);
        }
        assertEquals(new ObjectMapper().readTree(onlyRunJson(dir).toFile()), root,
                "the same results as the run's own file under results/");

        Path csv = dir.resolve("out.csv");
        run(dir, how, "-rf", "csv", "-rff", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), "a header and a row a configuration: " + lines);
        assertTrue(lines.get(0).startsWith("\"Benchmark\",\"Mode\",\"Threads\",\"Samples\""), lines.get(0));
        assertTrue(lines.get(1).contains(",1000") && lines.get(2).contains(",2000"), lines.toString());
        assertTrue(lines.get(1).contains("," + (2 * forks) + ","), "samples over all forks: " + lines.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scsv", "text", "latex"})
    void everyOtherFormatHoldsBothConfigurations(String format, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("out." + format);
        run(dir, "rounds", "-rf", format, "-rff", file.toString());
        String text = Files.readString(file);
        assertTrue(text.contains("1000") && text.contains("2000"), text);
    }

    @Test
    void aResultFileWithoutAFormatIsJmhsDefaultCsvAndAFormatWithoutAFileGetsJmhsName() {
        assertTrue(UserOutputs.of(cmd("-rff", "x.json")).wantsResultFile());
        assertEquals(Path.of("jmh-result.json"), UserOutputs.of(cmd("-rf", "json")).resultFile());
        assertEquals(Path.of("jmh-result.csv"), UserOutputs.of(cmd("-rf", "CSV")).resultFile());
        assertFalse(UserOutputs.of(cmd()).wantsResultFile());
    }

    @Test
    void aResultFileNamedWithoutFormatIsWrittenAsCsv(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain.json");
        run(dir, "rounds", "-rff", file.toString());
        assertTrue(Files.readString(file).startsWith("\"Benchmark\",\"Mode\""), "JMH's default format is CSV");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rounds", "sequential", "no forks"})
    void humanReadableOutputGoesToTheFileOfMinusO(String how, @TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        CliRun o = run(dir, how, "-o", log.toString(), "-rf", "json", "-rff", dir.resolve("r.json").toString());
        assertEquals("", o.out(), "nothing on stdout with -o");
        String text = Files.readString(log);
        assertEquals(2, text.lines().filter(l -> l.startsWith("# Parameters: (n = ")).distinct().count(), text);
        assertTrue(text.contains("Benchmark result is saved to"), text);
        assertTrue(text.contains("# parbench: results in "), text);
        assertEquals(2, new ObjectMapper().readTree(dir.resolve("r.json").toFile()).size());
    }

    @Test
    void silentPrintsNothingAndStillWritesEverything(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out.json");
        CliRun o = run(dir, "rounds", "-v", "SILENT", "-rf", "json", "-rff", json.toString());
        assertEquals("", o.out());
        assertEquals(2, new ObjectMapper().readTree(json.toFile()).size());
        onlyRunJson(dir);
    }

    @Test
    void extraVerbosityStillRunsAndWrites(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out.json");
        CliRun o = run(dir, "rounds", "-v", "EXTRA", "-rf", "json", "-rff", json.toString());
        assertTrue(o.out().contains("# Benchmark: parbench.bench.SerialBench.rangeSum"), o.out());
        assertEquals(2, new ObjectMapper().readTree(json.toFile()).size());
    }

    @Test
    void anOutputThatCannotBeWrittenStopsTheRunWithOneLine(@TempDir Path dir) {
        for (String[] bad : List.of(new String[] {"-rff", dir.resolve("no/such/dir/r.json").toString(), "-rff "},
                new String[] {"-o", dir.resolve("no/such/dir/log.txt").toString(), "-o "},
                new String[] {"-rff", dir.toString(), "-rff "})) {
            CliRun o = CliRun.of("--results", dir.resolve("results").toString(), "SerialBench.rangeSum$", bad[0], bad[1]);
            assertEquals(2, o.status(), String.join(" ", bad) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("parbench: " + bad[2] + bad[1] + ": cannot write"), o.err());
            assertFalse(o.out().contains("# Benchmark:"), "nothing ran");
        }
    }

    private static CommandLineOptions cmd(String... args) {
        try {
            return new CommandLineOptions(args);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Path onlyRunJson(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("results"))) {
            List<Path> found = files.filter(f -> f.toString().matches(".*/\\d{8}-\\d{6}(-\\d+)?\\.json")).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }
}
