package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parbench.Main;
import parbench.machine.MachineRecord;

/**
 * The suite on 1 to 64 processors, simulated with -XX:ActiveProcessorCount: on the launcher's
 * command line (JMH hands a JVM's own flags to its forks) or only on the forks' (-jvmArgsAppend).
 * Worker symbols, the ceiling's threads and the child JVMs must follow the processors the forks
 * see, and every answer must still check out: at 64, 2xcores is 128 child JVMs at once.
 */
class ManyProcessorsTest {
    private static final String SELECTION =
            "(Serial|Ceiling|FixedPool|ManualThreads|QueueWorkers|ColdProcesses|WarmProcesses)Bench.rangeSum$";

    @ParameterizedTest(name = "{0} processors, flag on the {1}")
    @CsvSource({"1, launcher", "2, launcher", "16, launcher", "64, forks"})
    void everyStrategyRunsAndChecksOutOnThatManyProcessors(int processors, String where, @TempDir Path dir)
            throws Exception {
        String flag = "-XX:ActiveProcessorCount=" + processors;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (where.equals("launcher")) {
            command.add(flag);
        }
        command.addAll(List.of("-Djmh.ignoreLock=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--results", dir.resolve("results").toString(), "--no-load-profiler", SELECTION, "-p", "n=100000",
                "-p", "split=equal", "-p", "caller=waits", "-p", "spin=off",
                "-f", "1", "-wi", "0", "-i", "1", "-bm", "ss", "-rf", "json", "-rff", dir.resolve("out.json").toString()));
        if (where.equals("forks")) {
            command.addAll(List.of("-jvmArgsAppend", flag));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "still running after 5 minutes");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(0, p.exitValue(), log);

        Map<String, Set<String>> workers = new TreeMap<>();
        for (JsonNode entry : new ObjectMapper().readTree(dir.resolve("out.json").toFile())) {
            String bench = entry.get("benchmark").asText().replaceAll(".*\\.(\\w+Bench)\\.rangeSum", "$1");
            JsonNode w = entry.path("params").path("workers");
            workers.computeIfAbsent(bench, b -> new TreeSet<>()).add(w.isMissingNode() ? "-" : w.asText());
            if (bench.equals("CeilingBench")) {
                assertEquals(processors, entry.get("threads").asInt(), "the ceiling runs a thread a processor");
            }
        }
        Set<String> symbols = new TreeSet<>(processors < 4 ? List.of("1", "cores", "2xcores")
                : List.of("1", "half", "cores", "2xcores"));
        for (String bench : List.of("FixedPoolBench", "ManualThreadsBench", "QueueWorkersBench", "ColdProcessesBench",
                "WarmProcessesBench")) {
            assertEquals(symbols, workers.get(bench), bench + " at " + processors + " processors");
        }
        assertTrue(workers.containsKey("SerialBench") && workers.containsKey("CeilingBench"), workers.toString());

        Path record;
        try (Stream<Path> files = Files.walk(dir.resolve("results"))) {
            record = files.filter(f -> f.toString().endsWith(".machine.json")).findFirst().orElseThrow();
        }
        MachineRecord m = new ObjectMapper().readValue(record.toFile(), MachineRecord.class);
        assertEquals(processors, m.availableProcessors(), "the record says what the forks saw");
        String report = Files.readString(record.resolveSibling(record.getFileName().toString().replace(".machine.json", ".md")));
        assertTrue(report.contains(processors + " available processors"), report);
    }
}
