/**
 * The suite's questions answered as data: speedups, CPU cost, shares of the ceiling, break-even
 * sizes, each strategy's cost model over the size sweep, overheads, makespans, the verdict, the
 * waiting work's best pool size beside Goetz's rule, and comparisons of result files. Wording is
 * left to render.
 */
package parbench.analysis;
