package parbench.jmhfmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parbench.OtherSuite;
import parbench.TestData;

/** Every real JMH file in ../shared/testdata loads, with each version's quirks read right; bad files give one line. */
class JmhResultFileTest {
    static Stream<Path> sharedFiles() throws Exception {
        return TestData.sharedFiles();
    }

    static Path shared(String prefix) throws Exception {
        return TestData.shared(prefix);
    }

    @TestData.Shared
    @ParameterizedTest
    @MethodSource("sharedFiles")
    void everySharedFileLoads(Path file) {
        List<BenchmarkRow> rows = JmhResultFile.read(file);
        assertFalse(rows.isEmpty());
        for (BenchmarkRow r : rows) {
            assertTrue(parbench.JmhRows.iterations(r.primary()).length > 0, r.benchmark() + " has raw data");
            assertTrue(r.secondaries().keySet().stream().noneMatch(k -> k.startsWith("\u00b7")), "prefix stripped");
        }
    }

    @TestData.Shared
    @Test
    void versionQuirks() throws Exception {
        BenchmarkRow nanError = JmhResultFile.read(shared("jmh137_thrpt_params_NaNerror")).get(0);
        assertTrue(Double.isNaN(nanError.primary().scoreError()));
        assertFalse(nanError.params().isEmpty());

        BenchmarkRow noVmName = JmhResultFile.read(shared("jmh119_thrpt_novmName")).get(0);
        assertNull(noVmName.jvm().vmName());
        assertEquals("1.19", noVmName.jvm().jmhVersion());

        BenchmarkRow old = JmhResultFile.read(shared("pre119_nojmhVersion")).get(0);
        assertNull(old.jvm().jmhVersion());

        BenchmarkRow flags = JmhResultFile.read(shared("jmh121_avgt_NaNerror_producerconsumer")).get(0);
        assertEquals(java.util.List.of("-server", "-XX:+UseParallelGC", "-Xms2g"), flags.jvm().jvmArgs().subList(0, 3),
                "the forks' JVM arguments, which the report shows");

        BenchmarkRow dotgc = JmhResultFile.read(shared("jmh132_avgt_params_dotgc_intel")).get(0);
        assertTrue(dotgc.secondaries().containsKey("gc.alloc.rate"), dotgc.secondaries().keySet().toString());

        BenchmarkRow forks5 = JmhResultFile.read(shared("jmh137_avgt_params_forks5")).get(0);
        assertEquals(5, forks5.forks());
        assertEquals(100, parbench.JmhRows.iterations(forks5.primary()).length, "all forks' iterations");
        assertEquals(3, forks5.params().size());

        BenchmarkRow ss = JmhResultFile.read(shared("jmh123_ss_threads8")).get(0);
        assertEquals("ss", ss.mode());
        assertEquals(8, ss.threads());
    }

    @Test
    void badFilesGiveOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path notJson = Files.writeString(dir.resolve("notjson.json"), "Benchmark  Mode  Cnt  Score\n");
        Path truncated = Files.writeString(dir.resolve("truncated.json"),
                Files.readString(OtherSuite.throughput(dir)).substring(0, 500));
        Path object = Files.writeString(dir.resolve("object.json"), "{\"benchmark\": \"x\"}");
        Path numbers = Files.writeString(dir.resolve("numbers.json"), "[1, 2, 3]");
        Path none = dir.resolve("missing.json");
        assertMessage(empty, "empty.json: the file is empty");
        assertMessage(notJson, "notjson.json: not JSON");
        assertMessage(truncated, "truncated.json: truncated JSON");
        assertMessage(object, "object.json: not a JMH result file");
        assertMessage(numbers, "numbers.json: not a JMH result file");
        assertMessage(none, "missing.json: no such file");
    }

    private static void assertMessage(Path file, String expected) {
        ResultFileException e = assertThrows(ResultFileException.class, () -> JmhResultFile.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
