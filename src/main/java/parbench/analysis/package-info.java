/**
 * The suite's questions answered as data: speedups, CPU cost, shares of the ceiling, break-even
 * sizes, each strategy's cost model over the size sweep, overheads, makespans, the verdict, and
 * comparisons of result files. Wording is left to render.
 */
package parbench.analysis;
