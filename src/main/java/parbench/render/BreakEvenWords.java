package parbench.render;

import parbench.analysis.CostModel;
import parbench.analysis.Costs;
import parbench.stats.Estimate;

/** A break-even in words, the same wherever it is printed: the verdict, the cost model's table, the break-even table. */
final class BreakEvenWords {
    private BreakEvenWords() {
    }

    /** The measured break-even: "breaks even at 145,000 [118,000, 187,000]", "never, in the sizes measured", or "at or below 1,000". */
    static String crossing(Costs costs, CostModel m) {
        switch (costs.crossing(m)) {
            case NEVER:
                return "never, in the sizes measured" + (m.never() ? "" : " (the cost model's line extrapolates "
                        + Format.approxCount(m.breakEven().value()) + ")");
            case AT_SMALLEST:
                return "faster from the smallest size measured, " + Format.count(costs.sizes().get(0)) + ", or below";
            default:
                return "breaks even at " + Format.sizeRange(m.crossing());
        }
    }

    /** The cost model's n*: "24,600 [21,000, 30,100]", "never", or where n* lies outside the sizes measured. */
    static String line(Costs costs, CostModel m) {
        Estimate n = m.breakEven();
        switch (costs.lineBreakEven(m)) {
            case NEVER:
                return "never (its cost per element is no lower than serial's)";
            case BEYOND_SIZES:
                return "beyond the sizes measured (the model extrapolates " + Format.sizeRange(n) + ")";
            case BELOW_SIZES:
                return "below the smallest size measured (" + Format.sizeRange(n) + ")";
            default:
                return "meets serial's at " + Format.sizeRange(n);
        }
    }
}
