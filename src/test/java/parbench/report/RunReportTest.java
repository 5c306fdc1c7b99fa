package parbench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the run report says about the ceiling when a strategy appears to beat it. */
class RunReportTest {
    @TempDir
    Path dir;

    @Test
    void aStrategyAboveTheCeilingIsFlaggedInWords() throws IOException {
        // serial 17.4 ms; two independent threads 18.0 ms each (ceiling 1.93x); the pool 8.8 ms (1.98x)
        String md = report(8.8);
        assertTrue(md.contains("above 100% of the ceiling has not beaten the hardware"), md);
    }

    @Test
    void noFlagWhenEveryStrategyIsBelowTheCeiling() throws IOException {
        String md = report(9.4);
        assertFalse(md.contains("above 100% of the ceiling"), md);
    }

    private String report(double poolMillis) throws IOException {
        String json = "[" + String.join(",",
                row("SerialBench", 1, null, 17.4),
                row("CeilingBench", 2, null, 18.0),
                row("FixedPoolBench", 1, "cores", poolMillis)) + "]";
        Path file = dir.resolve("run.json");
        Files.writeString(file, json);
        return new RunReport("test", JmhResultFile.read(file), null).markdown();
    }

    /** A JMH 1.37 result row for range sum of 50,000,000: 6 samples around millis, in microseconds. */
    private static String row(String bench, int threads, String workers, double millis) {
        double[] samples = {0.998, 1.0, 1.002, 0.999, 1.001, 1.0};
        String raw = Arrays.stream(samples).mapToObj(f -> String.format(Locale.ROOT, "%.3f", f * millis * 1000))
                .collect(Collectors.joining(","));
        String params = "\"n\":\"50000000\"" + (workers == null ? "" : ",\"workers\":\"" + workers + "\"");
        return """
                {"jmhVersion":"1.37","benchmark":"parbench.bench.%s.rangeSum","mode":"avgt","threads":%d,"forks":1,
                 "jvm":"java","jvmArgs":[],"jdkVersion":"17","vmName":"OpenJDK","vmVersion":"17",
                 "warmupIterations":1,"warmupTime":"500 ms","warmupBatchSize":1,
                 "measurementIterations":6,"measurementTime":"500 ms","measurementBatchSize":1,
                 "params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":1.0,"scoreConfidence":[0,0],"scorePercentiles":{},
                   "scoreUnit":"us/op","rawData":[[%s]]},
                 "secondaryMetrics":{}}""".formatted(bench, threads, params,
                String.format(Locale.ROOT, "%.1f", millis * 1000), raw);
    }
}
