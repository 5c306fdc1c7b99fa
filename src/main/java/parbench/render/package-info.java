/**
 * Turning analysis into what a person reads: Markdown tables and verdict, CSV, and charts (XChart:
 * time against size, speedup against workers, the uneven tasks' timelines, the waiting work's
 * throughput against pool size, compare's forest plot).
 * The only package that chooses words ("~", "better: faster") and number formats.
 */
package parbench.render;
