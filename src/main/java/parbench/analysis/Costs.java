package parbench.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.catalog.Series;
import parbench.catalog.Workload;
import parbench.stats.Estimate;

/**
 * The cost models of one workload over its size sweep, computed once: serial's line, each
 * strategy's, each model checked against the measured speedups, and what a reader must be told
 * where a line does not describe the data.
 *
 * @param sizes          the sizes measured, ascending
 * @param checks         each model's prediction against the measurement, size by size
 * @param notALine       the strategies whose line misses the measured speedup at more than half the sizes
 * @param serialBelowZero serial's own per-call cost is below 0 with its interval: its time grows
 *                       faster than the size, so no line fits this workload
 */
public record Costs(Workload workload, List<Long> sizes, CostModel.Baseline serial, List<CostModel> models,
        Map<CostModel, List<CostModel.Check>> checks, List<Series> notALine, boolean serialBelowZero) {

    /** Where a measured break-even lies among the sizes measured. */
    public enum Crossing {
        /** the speedup ends below 1: not at any size measured */
        NEVER,
        /** faster already at the smallest size */
        AT_SMALLEST,
        /** between two sizes measured (or, for an interval end, at the largest) */
        BETWEEN
    }

    /** Where the line's own n* lies. */
    public enum LineBreakEven { NEVER, BELOW_SIZES, WITHIN_SIZES, BEYOND_SIZES }

    /** Empty where the workload has fewer than three sizes with a serial time. */
    static Optional<Costs> of(Figures figures, Workload w) {
        SuiteRun run = figures.suite();
        Optional<CostModel.Baseline> serial = CostModel.baseline(run, w);
        if (serial.isEmpty()) {
            return Optional.empty();
        }
        List<CostModel> models = CostModel.of(figures, w);
        Map<CostModel, List<CostModel.Check>> checks = new LinkedHashMap<>();
        models.forEach(m -> checks.put(m, m.checks(figures, serial.get())));
        List<Long> sizes = run.sizes(w);
        List<Series> notALine = models.stream()
                .filter(m -> checks.get(m).stream().filter(CostModel.Check::misfit).count() * 2 > sizes.size())
                .map(CostModel::series).toList();
        boolean belowZero = serial.get().perCall().known() && serial.get().perCall().hi() < 0;
        return Optional.of(new Costs(w, sizes, serial.get(), models, checks, notALine, belowZero));
    }

    /** A model's b against serial's: what an element costs once spread, as a share of what it costs serially. */
    public Estimate perElementVsSerial(CostModel m) {
        return m.perElement().times(1 / serial.perElement().value());
    }

    public List<CostModel.Check> misfits(CostModel m) {
        return checks.get(m).stream().filter(CostModel.Check::misfit).toList();
    }

    public Optional<CostModel> model(Series s) {
        return models.stream().filter(m -> m.series().equals(s)).findFirst();
    }

    /** Where a model's measured break-even lies; a crossing within 0.01% of the smallest size is at it. */
    public Crossing crossing(CostModel m) {
        if (m.neverCrosses()) {
            return Crossing.NEVER;
        }
        return m.crossing().value() <= sizes.get(0) * 1.0001 ? Crossing.AT_SMALLEST : Crossing.BETWEEN;
    }

    /** Where a model's line meets serial's. */
    public LineBreakEven lineBreakEven(CostModel m) {
        if (m.never()) {
            return LineBreakEven.NEVER;
        }
        double n = m.breakEven().value();
        return n > sizes.get(sizes.size() - 1) ? LineBreakEven.BEYOND_SIZES
                : n < sizes.get(0) ? LineBreakEven.BELOW_SIZES : LineBreakEven.WITHIN_SIZES;
    }
}
