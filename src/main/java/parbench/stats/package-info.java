/**
 * Estimates (a median with its distribution-free interval, the median over forks, a ratio of two
 * samples with the interval that goes with the U test, paired ratios with the signed-rank interval),
 * tests (Mann-Whitney U, Welch's t, with p, n and alpha), curve crossings and a line fitted on
 * relative error, as data. No wording and nothing of this suite, like benchstat's benchmath.
 */
package parbench.stats;
