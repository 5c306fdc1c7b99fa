package parbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import parbench.jmhfmt.BenchmarkRow;
import parbench.jmhfmt.JmhResultFile;

/** Synthetic JMH 1.37 result rows, of this suite or any other, for tests that need known figures. */
public final class JmhRows {
    private JmhRows() {
    }

    /** A range sum row of six forks around millis (see row). */
    public static String rangeSum(String bench, int threads, String workers, long n, double millis) {
        return row(bench, "rangeSum", threads, params("n", n, workers), millis);
    }

    /** "n":"50000000","workers":"cores" (without workers where null). */
    public static String params(String sizeParam, long size, String workers) {
        return "\"" + sizeParam + "\":\"" + size + "\"" + (workers == null ? "" : ",\"workers\":\"" + workers + "\"");
    }

    /** Fork medians within ±0.2% of millis, in an order of each row's own (so that paired ratios vary). */
    private static final double[] FORK_FACTORS = {0.998, 1.0, 1.002, 0.999, 1.001, 1.0005};

    /** Six forks (rounds) of two iterations each, µs/op, their medians spread ±0.2% around millis. */
    public static String row(String bench, String method, int threads, String params, double millis) {
        int shift = Math.floorMod((bench + method + params).hashCode(), FORK_FACTORS.length);
        double[] forks = java.util.stream.IntStream.range(0, FORK_FACTORS.length)
                .mapToDouble(f -> FORK_FACTORS[(f + shift) % FORK_FACTORS.length] * millis).toArray();
        return row(bench, method, threads, params, forks);
    }

    /** One fork per value (its median, in milliseconds), each of two iterations ±0.05% around it. */
    public static String row(String bench, String method, int threads, String params, double[] forkMillis) {
        double[][] forks = java.util.Arrays.stream(forkMillis).mapToObj(m -> new double[] {m * 1000 * 0.9995, m * 1000 * 1.0005})
                .toArray(double[][]::new);
        double millis = java.util.Arrays.stream(forkMillis).average().orElse(0);
        return row("parbench.bench." + bench + "." + method, "avgt", "us/op", threads, params,
                String.format(Locale.ROOT, "%.1f", millis * 1000), forks);
    }

    /** A row of any benchmark, mode and unit: one array of iterations per fork (params as in params(), or ""). */
    public static String row(String benchmark, String mode, String unit, int threads, String params, String score,
            double[][] forks) {
        String raw = java.util.Arrays.stream(forks).map(fork -> java.util.Arrays.stream(fork)
                .mapToObj(v -> String.format(Locale.ROOT, "%.6f", v)).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(","));
        return """
                {"jmhVersion":"1.37","benchmark":"%s","mode":"%s","threads":%d,"forks":%d,
                 "jvm":"java","jvmArgs":[],"jdkVersion":"17","vmName":"OpenJDK","vmVersion":"17",
                 "warmupIterations":1,"warmupTime":"500 ms","warmupBatchSize":1,
                 "measurementIterations":%d,"measurementTime":"500 ms","measurementBatchSize":1,
                 "params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":1.0,"scoreConfidence":[0,0],"scorePercentiles":{},
                   "scoreUnit":"%s","rawData":[%s]},
                 "secondaryMetrics":{}}""".formatted(benchmark, mode, threads, forks.length, forks[0].length, params,
                score, unit, raw);
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

    /** Every iteration of every fork of a metric, in one array: what a test counts or reads one of. */
    public static double[] iterations(parbench.jmhfmt.Metric m) {
        return java.util.Arrays.stream(m.forks()).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
