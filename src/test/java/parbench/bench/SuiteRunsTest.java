package parbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.Main;
import parbench.strategy.ChildJvm;

/**
 * Every benchmark of the suite, run once through the launcher and JMH (in this JVM, one single-shot
 * iteration, small sizes): each must run and pass its own answer check. A failing benchmark makes
 * the launcher exit non-zero, so this test fails with it.
 */
class SuiteRunsTest {

    @Test
    void everyBenchmarkRunsOnceAndChecksItsAnswer(@TempDir Path results) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--quick", "--results", results.toString(), "-foe", "true",
                "-p", "n=1000,30000,1000003", "-p", "length=1000,10000,100003", "-p", "millis=2", "-p", "unitMillis=1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, log.length() > 20000 ? log.substring(log.length() - 20000) : log);

        // every benchmark method of every class (virtual threads only where the JVM has them)
        String text = Files.readString(onlyResultFile(results));
        for (String method : List.of("SerialBench.rangeSum", "SerialBench.unevenCpu", "CeilingBench.squares",
                "ManualThreadsBench.squares", "FixedPoolBench.sleepingTasks", "ParallelStreamsBench.rangeSum",
                "CommonPoolStreamsBench.rangeSumPerElement", "CommonPoolStreamsBench.squaresPerElement",
                "ColdProcessesBench.rangeSum", "WarmProcessesBench.squares", "QueueWorkersBench.rangeSum",
                "UnevenTasksBench.unevenSleep", "UnevenTasksBench.unevenCpu", "WaitingPoolBench.mixedTask",
                "WaitingFuturesBench.mixedTask", "ManyWaitingPoolBench.batch")) {
            assertTrue(text.contains("\"parbench.bench." + method + "\""), method + " missing from the results");
        }
        if (Runtime.version().feature() < 21) {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("VirtualThreadsBench left out"));
        }
        assertEquals(0, ChildJvm.liveChildren(), "a child JVM outlived the suite");

        // the run's own files, and the report and compare commands on them
        Path json = onlyResultFile(results);
        String stem = json.getFileName().toString().replace(".json", "");
        for (String suffix : List.of(".machine.json", ".md", ".csv", ".png", ".timelines.json")) {
            assertTrue(Files.exists(json.resolveSibling(stem + suffix)), stem + suffix);
        }
        // every chart the run's report links is beside it: the sweep, speedup per workload, the timelines
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)]+\\.png)\\)")
                .matcher(Files.readString(json.resolveSibling(stem + ".md")));
        List<String> linked = new java.util.ArrayList<>();
        while (link.find()) {
            assertTrue(Files.isRegularFile(json.resolveSibling(link.group(1))), link.group(1));
            linked.add(link.group(1));
        }
        assertEquals(List.of(stem + "-size-range-sum.png", stem + ".png", stem + "-size-squares.png",
                stem + "-speedup-squares.png", stem + "-speedup-sleeping.png", stem + "-uneven.png", stem + "-waiting.png"), linked);
        assertTrue(Files.readString(results.resolve("README.md")).contains(stem), "indexed in results/README.md");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"report", json.toString()}, new PrintStream(report, true, StandardCharsets.UTF_8), System.err));
        String md = report.toString(StandardCharsets.UTF_8);
        for (String section : List.of("## Verdict", "## Range sum", "## Squares", "## Sleeping tasks", "## Uneven tasks",
                "## Overheads", "## Waiting work", "## Break-even", "| availableProcessors |", "| forks' JVM arguments | ")) {
            assertTrue(md.contains(section), section + " missing from the report:\n" + md);
        }
        ByteArrayOutputStream compare = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"compare", json.toString(), json.toString()},
                new PrintStream(compare, true, StandardCharsets.UTF_8), System.err));
        String cmp = compare.toString(StandardCharsets.UTF_8);
        assertTrue(cmp.contains("## Scaling") && cmp.contains("| machine record | machine record |"), cmp);
        assertEquals(0, ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("parbench.worker.WorkerMain")).count(),
                "a worker process is still running");
    }

    private static Path onlyResultFile(Path results) throws Exception {
        try (Stream<Path> files = Files.walk(results)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".machine.json")
                    && !p.toString().endsWith(".timelines.json")).toList();
            assertEquals(1, json.size(), "one result file: " + json);
            return json.get(0);
        }
    }
}
