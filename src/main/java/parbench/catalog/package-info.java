/**
 * What the suite measures, named once: the benchmark classes (label, role, lesson, workers), the
 * workloads and their size parameters, and the series a row of a result file belongs to.
 */
package parbench.catalog;
