/**
 * Turning analysis into what a person reads: the report's Markdown, a class per section placed in
 * order by RunReport; the CSV; the index with its runs pooled across runs; compare's Markdown, CSV and
 * JSON, for files and for runs a side; and charts (XChart: time
 * against size, speedup against workers, the uneven tasks' timelines, the waiting work's
 * throughput against pool size, compare's forest plot). It
 * reads figures as data and calls no statistics: the only package that chooses words ("~", "better:
 * faster", "of the ceiling") and number formats.
 */
package parbench.render;
