/**
 * The suite's questions answered as data: speedups, shares of the ceiling, break-even sizes,
 * overheads, makespans, the verdict, and comparisons of result files. Wording is left to render.
 */
package parbench.analysis;
