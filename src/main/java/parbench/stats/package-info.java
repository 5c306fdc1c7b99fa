/**
 * Estimates (a median with its distribution-free interval, a ratio of two samples with the interval
 * that goes with the U test), tests (Mann-Whitney U, with p, n and alpha) and a line fitted on
 * relative error, as data. No wording and nothing of this suite, like benchstat's benchmath.
 */
package parbench.stats;
