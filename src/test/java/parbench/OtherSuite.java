package parbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Small JMH result files of a suite that is not parbench's (org.example), written by the test that
 * needs one: the project's own behaviour on other users' files is tested without anything beside the
 * clone. Their shapes follow the kinds of real files in ../shared/testdata, which tests read there.
 */
public final class OtherSuite {
    /** Rows in each file of the two-machine pair. */
    public static final int PAIR_ROWS = 4;

    private OtherSuite() {
    }

    /**
     * One suite on two machines, one fork of five iterations a row (µs/op), as many users run JMH: on
     * the second machine the first row's five iterations all lie below the first machine's, about 20%
     * faster; other rows are slower or level.
     */
    public static Path[] pair(Path dir) throws IOException {
        double[][] first = {{33.0, 33.1, 33.2, 33.15, 33.05}, {120.4, 121.0, 119.8, 120.2, 120.9},
            {2.51, 2.49, 2.50, 2.52, 2.48}, {410.0, 405.5, 412.3, 408.8, 409.1}};
        double[] ratios = {0.795, 1.31, 1.0, 2.02};
        Path[] files = new Path[2];
        for (int machine = 0; machine < 2; machine++) {
            String[] rows = new String[PAIR_ROWS];
            for (int r = 0; r < PAIR_ROWS; r++) {
                double ratio = machine == 0 ? 1 : ratios[r];
                double[] iterations = Arrays.stream(first[r]).map(v -> v * ratio).toArray();
                String method = r < 2 ? "hash" : "hashAndCopy";
                String params = "\"dataLen\":\"" + (r % 2 == 0 ? 16 : 16384) + "\",\"hashLen\":\"256\"";
                rows[r] = row("HashBench." + method, "avgt", "us/op", 1, params, iterations);
            }
            files[machine] = JmhRows.write(dir.resolve(machine == 0 ? "machine-a.json" : "machine-b.json"), rows);
        }
        return files;
    }

    /** Throughput (ops/ms, higher is better) of three benchmarks on 4 threads, one fork of three iterations each. */
    public static Path throughput(Path dir) throws IOException {
        return JmhRows.write(dir.resolve("throughput.json"),
                row("QueueBench.offer", "thrpt", "ops/ms", 4, "", new double[] {5210.3, 5188.9, 5240.1}),
                row("QueueBench.poll", "thrpt", "ops/ms", 4, "", new double[] {4870.6, 4902.2, 4855.0}),
                row("QueueBench.offerAndPoll", "thrpt", "ops/ms", 4, "", new double[] {2311.7, 2298.4, 2320.9}));
    }

    /** Average time in ms/op of two rows with three params, five forks of four iterations each. */
    public static Path millis(Path dir) throws IOException {
        String[] rows = new String[2];
        for (int r = 0; r < rows.length; r++) {
            double base = r == 0 ? 12.5 : 48.25;
            double[][] forks = new double[5][];
            for (int f = 0; f < forks.length; f++) {
                double fork = base * (1 + 0.01 * (f - 2));
                forks[f] = new double[] {fork * 0.998, fork * 1.001, fork * 0.999, fork * 1.002};
            }
            String params = "\"books\":\"" + (r == 0 ? 100 : 1000) + "\",\"readers\":\"4\",\"readShare\":\"0.9\"";
            rows[r] = JmhRows.row("org.example.LibraryBench.lend", "avgt", "ms/op", 1, params, score(forks), forks);
        }
        return JmhRows.write(dir.resolve("millis.json"), rows);
    }

    private static String row(String benchmark, String mode, String unit, int threads, String params, double[] iterations) {
        double[][] forks = {iterations};
        return JmhRows.row("org.example." + benchmark, mode, unit, threads, params, score(forks), forks);
    }

    /** JMH's score: the mean of every iteration of every fork. */
    private static String score(double[][] forks) {
        return String.format(Locale.ROOT, "%.6f", Arrays.stream(forks).flatMapToDouble(Arrays::stream).average().orElseThrow());
    }
}
