package parbench.jmhfmt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import parbench.machine.LoadProfiler;

/** Results in memory are the rows the JSON JMH writes of them reads back as: what the adaptive rounds analyse is what the report will. */
class JmhResultsTest {

    @Test
    void rowsInMemoryAreTheRowsOfTheFileJmhWritesOfThem() throws Exception {
        Collection<RunResult> results = run(Mode.AverageTime);
        List<BenchmarkRow> fromFile = viaJson(results);
        List<BenchmarkRow> inMemory = JmhResults.rows(results);
        assertEquals(fromFile.size(), inMemory.size());
        for (int i = 0; i < fromFile.size(); i++) {
            same(fromFile.get(i), inMemory.get(i), 0);
        }
        assertFalse(inMemory.get(0).secondaries().isEmpty(), "the load profiler's metrics are there too");
    }

    @Test
    void sampleModeIterationsAreTheirMeans() throws Exception {
        Collection<RunResult> results = run(Mode.SampleTime);
        same(viaJson(results).get(0), JmhResults.rows(results).get(0), 1e-9);
    }

    /** Two short forks of serial's range sum at two sizes, in this JVM, with the load profiler. */
    private static Collection<RunResult> run(Mode mode) throws Exception {
        return new Runner(new OptionsBuilder().include("parbench.bench.SerialBench.rangeSum$").param("n", "1000", "10000")
                .mode(mode).forks(0).warmupIterations(0).measurementIterations(2).measurementTime(TimeValue.milliseconds(20))
                .addProfiler(LoadProfiler.class).verbosity(VerboseMode.SILENT).build()).run();
    }

    private static List<BenchmarkRow> viaJson(Collection<RunResult> results) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(json, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(results);
        }
        return JmhResultFile.parse("json", json.toByteArray());
    }

    private static void same(BenchmarkRow file, BenchmarkRow memory, double relative) {
        assertEquals(file.benchmark(), memory.benchmark());
        assertEquals(file.mode(), memory.mode());
        assertEquals(file.threads(), memory.threads());
        assertEquals(file.forks(), memory.forks());
        assertEquals(file.params(), memory.params());
        assertEquals(file.jvm(), memory.jvm());
        same(file.primary(), memory.primary(), relative);
        assertEquals(file.secondaries().keySet(), memory.secondaries().keySet());
        file.secondaries().forEach((k, m) -> same(m, memory.secondaries().get(k), 0));
    }

    private static void same(Metric file, Metric memory, double relative) {
        if (relative == 0) {
            assertEquals(file.score(), memory.score());
        } else {
            assertEquals(file.score(), memory.score(), Math.abs(file.score()) * relative);
        }
        assertEquals(file.unit(), memory.unit());
        assertEquals(file.forks().length, memory.forks().length);
        for (int f = 0; f < file.forks().length; f++) {
            if (relative == 0) {
                assertArrayEquals(file.forks()[f], memory.forks()[f]);
            } else {
                assertArrayEquals(file.forks()[f], memory.forks()[f], Math.abs(file.forks()[f][0]) * relative);
            }
        }
    }
}
