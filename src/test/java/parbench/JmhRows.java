package parbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;

/** Synthetic JMH 1.37 result rows of this suite, for tests that need known figures. */
public final class JmhRows {
    private JmhRows() {
    }

    /** Six iterations within ±0.2% of millis, as a range sum row in µs/op. */
    public static String rangeSum(String bench, int threads, String workers, long n, double millis) {
        return row(bench, "rangeSum", threads, params("n", n, workers), millis);
    }

    /** "n":"50000000","workers":"cores" (without workers where null). */
    public static String params(String sizeParam, long size, String workers) {
        return "\"" + sizeParam + "\":\"" + size + "\"" + (workers == null ? "" : ",\"workers\":\"" + workers + "\"");
    }

    public static String row(String bench, String method, int threads, String params, double millis) {
        double[] samples = {0.998, 1.0, 1.002, 0.999, 1.001, 1.0};
        String raw = Arrays.stream(samples).mapToObj(f -> String.format(Locale.ROOT, "%.3f", f * millis * 1000))
                .collect(Collectors.joining(","));
        return """
                {"jmhVersion":"1.37","benchmark":"parbench.bench.%s.%s","mode":"avgt","threads":%d,"forks":1,
                 "jvm":"java","jvmArgs":[],"jdkVersion":"17","vmName":"OpenJDK","vmVersion":"17",
                 "warmupIterations":1,"warmupTime":"500 ms","warmupBatchSize":1,
                 "measurementIterations":6,"measurementTime":"500 ms","measurementBatchSize":1,
                 "params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":1.0,"scoreConfidence":[0,0],"scorePercentiles":{},
                   "scoreUnit":"us/op","rawData":[[%s]]},
                 "secondaryMetrics":{}}""".formatted(bench, method, threads, params,
                String.format(Locale.ROOT, "%.1f", millis * 1000), raw);
    }

    /** The rows written as one result file and read back. */
    public static List<BenchmarkRow> read(Path dir, String... rows) throws IOException {
        return JmhResultFile.read(write(dir.resolve("run.json"), rows));
    }

    public static Path write(Path file, String... rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "[" + String.join(",", rows) + "]");
        return file;
    }
}
