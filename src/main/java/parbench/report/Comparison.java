package parbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.machine.MachineRecord;

/**
 * Two or more JMH result files, rows matched by benchmark, mode, params and threads. The first file
 * is the baseline; every other file's rows are compared with it: medians with 95% intervals, the
 * change, and a two-sided Mann-Whitney U test on the raw iteration values, "~" where the change is
 * not significant at alpha.
 */
public final class Comparison {

    /** One input: its label (the file name), rows and machine record (null for a plain JMH file). */
    public record Input(String label, String path, List<BenchmarkRow> rows, MachineRecord machine) {
    }

    /** One matched row across the files; cells.get(0) is the baseline, null where a file lacks it. */
    public record Row(String key, BenchmarkRow first, List<Cell> cells) {
    }

    /** A file's figures for one row, in the row's base unit (s/op or ops/s, or the unit as it was). */
    public record Cell(BenchmarkRow row, String baseUnit, Stats.Summary summary, double[] samples) {
    }

    /** The comparison of one file's cell with the baseline's. */
    public record Change(double ratio, double p, boolean significant, boolean tooFewSamples, String words,
            boolean unitMismatch) {
    }

    private final List<Input> inputs;
    private final double alpha;
    private final List<Row> matched = new ArrayList<>();
    private final List<Row> partial = new ArrayList<>();

    public Comparison(List<Input> inputs, double alpha) {
        this.inputs = inputs;
        this.alpha = alpha;
        Map<String, Row> byKey = new LinkedHashMap<>();
        for (int f = 0; f < inputs.size(); f++) {
            for (BenchmarkRow r : inputs.get(f).rows()) {
                int file = f;
                Row row = byKey.computeIfAbsent(r.key(), k -> {
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < inputs.size(); i++) {
                        cells.add(null);
                    }
                    return new Row(k, r, cells);
                });
                if (row.cells().get(file) == null) {
                    row.cells().set(file, cell(r));
                }
            }
        }
        for (Row row : byKey.values()) {
            (row.cells().stream().allMatch(c -> c != null) ? matched : partial).add(row);
        }
    }

    private static Cell cell(BenchmarkRow r) {
        double factor = Units.toBase(r.primary().unit());
        double[] values = Double.isNaN(factor) ? r.primary().samples().clone()
                : java.util.Arrays.stream(r.primary().samples()).map(v -> v * factor).toArray();
        String base = Double.isNaN(factor) ? r.primary().unit() : Units.baseUnit(r.primary().unit());
        return new Cell(r, base, Stats.summarize(values), values);
    }

    public List<Input> inputs() {
        return inputs;
    }

    public double alpha() {
        return alpha;
    }

    /** Rows every file has. */
    public List<Row> matched() {
        return matched;
    }

    /** Rows some file lacks: listed, not dropped. */
    public List<Row> partial() {
        return partial;
    }

    /** File f's change against the baseline in this row. */
    public Change change(Row row, int f) {
        Cell base = row.cells().get(0);
        Cell other = row.cells().get(f);
        boolean mismatch = !java.util.Objects.equals(base.baseUnit(), other.baseUnit());
        double ratio = other.summary().median() / base.summary().median();
        double p = Stats.mannWhitneyP(base.samples(), other.samples());
        boolean tooFew = Stats.smallestPossibleP(base.samples().length, other.samples().length) > alpha;
        boolean significant = !mismatch && !tooFew && p < alpha;
        boolean lowerBetter = Metric.lowerIsBetter(row.first().mode(), base.baseUnit());
        String words;
        if (mismatch) {
            words = "units differ (" + base.baseUnit() + " vs " + other.baseUnit() + ")";
        } else if (!significant) {
            words = "~";
        } else {
            boolean better = lowerBetter ? ratio < 1 : ratio > 1;
            String direction = lowerBetter ? (ratio < 1 ? "faster" : "slower") : (ratio > 1 ? "more throughput" : "less throughput");
            words = (better ? "better: " : "worse: ") + direction;
        }
        return new Change(ratio, p, significant, tooFew, words, mismatch);
    }

    /** Geometric mean of file f's ratios to the baseline over rows with comparable units. */
    public double geomean(int f) {
        double[] ratios = matched.stream().map(r -> change(r, f)).filter(c -> !c.unitMismatch())
                .mapToDouble(Change::ratio).toArray();
        return Stats.geomean(ratios);
    }

    /** Rows whose mode or unit makes them impossible to compare as the same thing. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        int tooFew = 0;
        for (Row row : matched) {
            for (int f = 1; f < inputs.size(); f++) {
                Change c = change(row, f);
                if (c.unitMismatch()) {
                    warnings.add(row.first().shortName() + " " + row.first().paramText() + ": " + c.words());
                }
                if (c.tooFewSamples()) {
                    tooFew++;
                }
            }
        }
        if (tooFew > 0) {
            warnings.add(tooFew + " comparison(s) have too few samples to ever be significant at alpha = " + alpha
                    + " (with n iterations per side the smallest two-sided p is 2 / C(2n, n): n >= 4 is needed for 0.05); "
                    + "they show ~ whatever the change");
        }
        Map<String, List<String>> modesByBenchmark = new LinkedHashMap<>();
        for (Input in : inputs) {
            for (BenchmarkRow r : in.rows()) {
                modesByBenchmark.computeIfAbsent(r.benchmark() + " " + r.params(), k -> new ArrayList<>());
                List<String> modes = modesByBenchmark.get(r.benchmark() + " " + r.params());
                if (!modes.contains(r.mode())) {
                    modes.add(r.mode());
                }
            }
        }
        modesByBenchmark.forEach((k, modes) -> {
            if (modes.size() > 1) {
                warnings.add(k.substring(k.lastIndexOf('.', k.indexOf(' ')) + 1) + " was measured in different modes ("
                        + String.join(", ", modes) + "): those rows are not matched");
            }
        });
        return warnings;
    }

    /** A suite analysis per file, or empty when no file is this suite's. */
    public Optional<List<SuiteAnalysis>> suites() {
        List<SuiteAnalysis> suites = new ArrayList<>();
        for (Input in : inputs) {
            suites.add(SuiteAnalysis.of(in.rows(), in.machine() == null ? null : in.machine().availableProcessors()));
        }
        return suites.stream().anyMatch(s -> !s.isEmpty()) ? Optional.of(suites) : Optional.empty();
    }
}
