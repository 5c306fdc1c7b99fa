package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import parbench.CliRun;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;
import parbench.machine.MachineRecord;

/** Interleaved rounds: planned as JMH would, merged into one JMH file whose entries hold every round's fork. */
class RoundsTest {

    @Test
    void theRoundsOfARunAreMergedIntoOneJmhFile(@TempDir Path results) throws Exception {
        CliRun o = CliRun.of("--results", results.toString(), "--no-load-profiler", "--seed", "7",
                "SerialBench.rangeSum$", "-p", "n=10000,20000", "-f", "3", "-wi", "0", "-i", "2", "-r", "100ms", "-v", "NORMAL");
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("3 rounds of 2 configurations in 2 blocks") && o.out().contains("seed 7"), o.out());
        assertTrue(o.out().contains("# parbench: round 3 of 3, fork 6 of 6"), o.out());
        assertFalse(o.out().contains("# Run progress:"), "JMH's per-call progress knows one configuration only");
        assertFalse(o.out().contains("# Run complete."), "nor is a fork a complete run");
        Path json;
        try (Stream<Path> files = Files.walk(results)) {
            json = files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".machine.json"))
                    .findFirst().orElseThrow();
        }
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, root.size());
        for (JsonNode entry : root) {
            assertEquals(3, entry.get("forks").asInt(), "JMH's own field says how many forks the entry holds");
            assertEquals(3, entry.get("primaryMetric").get("rawData").size());
            assertEquals(2, entry.get("primaryMetric").get("rawData").get(0).size());
        }
        MachineRecord m = new ObjectMapper().readValue(json.resolveSibling(json.getFileName().toString()
                .replace(".json", ".machine.json")).toFile(), MachineRecord.class);
        assertEquals(3, m.forks().finished());
        assertEquals(7L, m.forks().seed());
        MachineRecord.Design design = m.forks().design();
        assertFalse(design.adaptive(), "-f 3 is exactly 3 rounds");
        assertEquals(List.of(new MachineRecord.BlockRounds("rangeSum n=10000", 1, 3, false),
                new MachineRecord.BlockRounds("rangeSum n=20000", 1, 3, false)), design.blocks());
        assertTrue(design.wallSeconds() > 0);
        // an interleaved file against an old single-fork one: compare says the second has no forks to compare
        CliRun c = CliRun.of("compare", "results/intel-xeon-2cpu/20261122-044832.json", json.toString());
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("have a file with one fork"), c.out());
        BenchmarkRow row = JmhResultFile.read(json).get(0);
        assertEquals(3, row.primary().forks().length);
    }

    @Test
    void aConfigurationIsOneBenchmarkModeAndParameterSet() throws Exception {
        CommandLineOptions cmd = new CommandLineOptions("FixedPoolBench.rangeSum$", "-p", "n=1,2", "-p", "workers=1,cores",
                "-p", "split=equal", "-p", "caller=waits", "-p", "spin=off,on");
        List<Configuration> plan = Configuration.plan(cmd);
        assertEquals(8, plan.size(), plan.toString());
        assertEquals(Map.of("n", "1", "workers", "1", "split", "equal", "caller", "waits", "spin", "off"), plan.get(0).params());
        assertEquals("parbench.bench.FixedPoolBench.rangeSum caller=waits n=1 spin=off split=equal workers=1", plan.get(0).label());
        assertEquals(1, plan.stream().map(Configuration::benchmark).distinct().count());
    }

    @Test
    void theDefaultPlanKeepsWhatTheReportReads() throws Exception {
        List<Configuration> all = Configuration.plan(new CommandLineOptions("-p", "workers=1,cores,2xcores"));
        List<String> keptAll = all.stream().filter(c -> parbench.catalog.Plan.keeps(c.benchmark(), c.params()))
                .map(Configuration::label).toList();
        // the declared policy, named as the labels of classes without tuning parameters are
        List<String> kept = keptAll.stream().filter(k -> !k.contains("caller=") || k.contains("caller=waits")
                && k.contains("spin=off") && k.contains("split=equal"))
                .map(k -> k.replace(" caller=waits", "").replace(" spin=off", "").replace(" split=equal", "")).toList();
        // the tuning experiment: the split alone, the caller alone, the caller with a spin and all three,
        // for the pool and manual threads, at two sizes
        for (String bench : List.of("FixedPoolBench", "ManualThreadsBench")) {
            for (String n : List.of("1000000", "50000000")) {
                for (String tuning : List.of("caller=waits n=" + n + " spin=off split=guided", "caller=works n=" + n + " spin=off split=equal",
                        "caller=works n=" + n + " spin=on split=equal", "caller=works n=" + n + " spin=on split=guided")) {
                    assertTrue(keptAll.stream().anyMatch(k -> k.endsWith(bench + ".rangeSum " + tuning + " workers=cores")), tuning);
                }
                assertFalse(keptAll.stream().anyMatch(k -> k.endsWith(bench + ".rangeSum caller=waits n=" + n + " spin=on split=equal workers=cores")),
                        "a caller that waits beside as many workers as cores has no processor to spin on");
            }
            assertFalse(keptAll.stream().anyMatch(k -> k.contains(bench + ".rangeSum caller=works n=100000 ")), "only at two sizes");
            assertFalse(keptAll.stream().anyMatch(k -> k.contains(bench + ".squares caller=works")), "only on range sum");
        }
        for (String headline : List.of("SerialBench.rangeSum n=50000000", "CeilingBench.rangeSum n=50000000",
                "FixedPoolBench.rangeSum n=50000000 workers=cores", "ManualThreadsBench.rangeSum n=50000000 workers=cores",
                "FixedPoolBench.rangeSum n=50000000 workers=2xcores", "CommonPoolStreamsBench.rangeSumPerElement n=50000000",
                "FixedPoolBench.rangeSum n=1000 workers=cores", "ColdProcessesBench.rangeSum n=1000 workers=1",
                "UnevenTasksBench.unevenSleep policy=LONGEST_FIRST unitMillis=5", "FixedPoolBench.sleepingTasks millis=50 workers=2xcores",
                "FixedPoolBench.squares length=10000000 workers=cores", "CeilingBench.squares length=10000000")) {
            assertTrue(kept.stream().anyMatch(k -> k.endsWith(headline)), headline + " in " + kept);
        }
        // two sizes a decade for serial and the strategies whose break-evens lie lowest; every in-process strategy
        // a decade apart; warm child JVMs around theirs
        for (String size : List.of("1000", "3000", "10000", "30000", "100000", "300000", "1000000", "3000000", "10000000", "50000000")) {
            for (String bench : List.of("SerialBench.rangeSum n=" + size, "FixedPoolBench.rangeSum n=" + size + " workers=cores")) {
                assertTrue(kept.stream().anyMatch(k -> k.endsWith(bench)), bench);
            }
            boolean nearCrossings = Long.parseLong(size) >= 100_000 || size.equals("1000");
            for (String bench : List.of("QueueWorkersBench.rangeSum n=" + size + " workers=cores", "CommonPoolStreamsBench.rangeSum n=" + size)) {
                assertEquals(nearCrossings, kept.stream().anyMatch(k -> k.endsWith(bench)), bench);
            }
            boolean everyStrategy = List.of("1000", "100000", "1000000", "10000000", "50000000").contains(size);
            for (String bench : List.of("FuturesBench.rangeSum n=" + size + " workers=cores", "CommonPoolFuturesBench.rangeSum n=" + size,
                    "RecursiveTaskBench.rangeSum n=" + size + " workers=cores", "ManualThreadsBench.rangeSum n=" + size + " workers=cores")) {
                assertEquals(everyStrategy, kept.stream().anyMatch(k -> k.endsWith(bench)), bench);
            }
        }
        for (String size : List.of("1000", "1000000", "3000000", "10000000")) {
            assertTrue(kept.stream().anyMatch(k -> k.endsWith("WarmProcessesBench.rangeSum n=" + size + " workers=cores")), size);
        }
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("WarmProcessesBench.rangeSum n=100000 workers=cores")));
        // cold child JVMs cost one JVM start at every size: the smallest and the headline give their line
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("ColdProcessesBench.rangeSum n=1000000 workers=cores")));
        assertTrue(kept.stream().anyMatch(k -> k.endsWith("ColdProcessesBench.rangeSum n=50000000 workers=cores")));
        // scaling at the posts' size for the pool; the others at cores alone
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("ParallelStreamsBench.rangeSum n=50000000 workers=2xcores")));
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("RecursiveTaskBench.rangeSum n=50000000 workers=1")));
        assertTrue(kept.stream().anyMatch(k -> k.endsWith("CommonPoolFuturesBench.sleepingTasks millis=50")),
                "the sleeping tasks show what JDK 25 changed in supplyAsync");
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("SerialBench.rangeSum n=100000000")), "the sweep ends at the headline");
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("CeilingBench.rangeSum n=1000000")), "the ceiling at the posts' size only");
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("FixedPoolBench.squares length=100000 workers=cores")), "--deep's");
        assertFalse(kept.stream().anyMatch(k -> k.contains("unevenCpu")), "--deep's");
        assertFalse(kept.stream().anyMatch(k -> k.endsWith("FixedPoolBench.rangeSum n=1000000 workers=1")));
        // --deep adds the deeper sweeps
        List<String> deep = all.stream().filter(c -> parbench.catalog.Plan.keeps(c.benchmark(), c.params(), 2,
                parbench.catalog.Plan.Scope.DEEP)).map(Configuration::label).toList();
        for (String more : List.of("ManualThreadsBench.rangeSum caller=waits n=3000 spin=off split=equal workers=cores",
                "ColdProcessesBench.rangeSum n=1000000 workers=cores", "ParallelStreamsBench.rangeSum n=50000000 workers=2xcores",
                "SerialBench.squares length=100000", "WarmProcessesBench.rangeSum n=300000 workers=cores",
                "FuturesBench.squares length=10000000 workers=cores", "SerialBench.unevenCpu", "QueueWorkersBench.rangeSum n=3000 workers=cores")) {
            assertTrue(deep.stream().anyMatch(k -> k.endsWith(more)), more);
        }
        assertTrue(deep.containsAll(keptAll), "--deep measures everything a default run does");
        assertTrue(keptAll.size() < all.size() / 2, keptAll.size() + " of " + all.size());
    }

    /** A fork whose child JVM could not start is run again at once; any other failure leaves the configuration out. */
    @Test
    void aChildThatCouldNotStartIsTriedAgainInItsRoundAndRecorded() throws Exception {
        CommandLineOptions cmd = new CommandLineOptions("SerialBench.rangeSum$", "-p", "n=1000,2000", "-wi", "0", "-i", "1",
                "-r", "20ms", "-f", "2");
        List<Configuration> plan = Configuration.plan(cmd);
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        RecordingOutput recording = new RecordingOutput(org.openjdk.jmh.runner.format.OutputFormatFactory
                .createFormatInstance(quiet, org.openjdk.jmh.runner.options.VerboseMode.SILENT), f -> { });
        int[] calls = {0, 0}; // n=1000's, n=2000's
        String couldNotStart = parbench.strategy.ChildFailedException.CouldNotStart.class.getName()
                + ": could not start child JVM /usr/bin/java: error=11, Resource temporarily unavailable";
        String wrongAnswer = parbench.work.Answers.WrongAnswerException.class.getName() + ": wrong answer for range sum";
        Rounds rounds = new Rounds(cmd, plan, 2, java.util.Optional.empty(), 1L, 2, recording, quiet, options -> {
            boolean second = options.getParameter("n").get().contains("2000");
            int call = ++calls[second ? 1 : 0];
            if (second || call <= 2) {
                // what JMH prints for a failed benchmark, then no result
                recording.println("<failure>");
                recording.println("");
                recording.println((second ? wrongAnswer : couldNotStart) + "\n\tat somewhere");
                return List.of();
            }
            return new org.openjdk.jmh.runner.Runner(options, recording).run();
        });
        java.util.Collection<org.openjdk.jmh.results.RunResult> merged = rounds.run();
        assertEquals(1, merged.size(), "n=2000 gave a wrong answer: left out");
        assertEquals(2, merged.iterator().next().getBenchmarkResults().size(), "n=1000 has both rounds' forks");
        List<MachineRecord.Retried> retried = rounds.forks().retried();
        assertEquals(2, retried.size(), retried.toString());
        assertEquals(1, retried.get(0).round());
        assertEquals(couldNotStart, retried.get(0).reason());
        assertTrue(retried.get(0).configuration().endsWith("SerialBench.rangeSum n=1000"), retried.toString());
        List<Integer> blockRounds = rounds.forks().blockRounds()
                .get(parbench.analysis.ForkRounds.key("parbench.bench.SerialBench.rangeSum", "avgt", java.util.Map.of("n", "1000")));
        assertEquals(2, blockRounds.size(), "each kept fork's block round: " + rounds.forks().blockRounds());
        assertTrue(blockRounds.get(0) <= 2 && blockRounds.get(1) >= 3, "of 2 blocks' rounds, one in each round: " + blockRounds);
        assertEquals(1, rounds.forks().blockRounds().size(), "n=2000 kept no fork");
        assertEquals(3 + 1, calls[0], "n=1000: three tries in round 1, one in round 2");
        assertEquals(1, calls[1], "n=2000 once, never again");
    }

    /** A size added for one strategy alone, then for others: one block, whose first configurations keep their rounds. */
    @Test
    void aSizeAddedForOneStrategyTakesTheOthersLater() throws Exception {
        CommandLineOptions cmd = new CommandLineOptions("SerialBench.rangeSum$|FixedPoolBench.rangeSum$|QueueWorkersBench.rangeSum$",
                "-p", "n=1000", "-p", "workers=cores", "-p", "split=equal", "-p", "caller=waits", "-p", "spin=off,on");
        List<Configuration> plan = Configuration.plan(cmd);
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        RecordingOutput recording = new RecordingOutput(org.openjdk.jmh.runner.format.OutputFormatFactory
                .createFormatInstance(quiet, org.openjdk.jmh.runner.options.VerboseMode.SILENT), f -> { });
        Rounds rounds = new Rounds(cmd, plan, 1, java.util.Optional.empty(), 1L, 2, recording, quiet, options -> List.of());
        Block wide = Block.of(plan).get(0).atSize(320_000);
        assertEquals(3, wide.configurations().size(), "serial and the two strategies, not the pool that spins: " + wide);
        rounds.admit(wide.forStrategy("fixed pool"));
        rounds.admit(wide);
        rounds.admit(wide.forStrategy("queue workers"));
        List<MachineRecord.BlockRounds> blocks = rounds.forks().design().blocks();
        assertEquals(List.of(new MachineRecord.BlockRounds("rangeSum n=1000", 4, 0, false),
                new MachineRecord.BlockRounds("rangeSum n=320000", 3, 0, true)), blocks);
    }
}
