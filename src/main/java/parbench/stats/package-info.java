/**
 * Estimates (a median with its distribution-free interval) and tests (Mann-Whitney U, with p, n and
 * alpha) as data. No wording and nothing of this suite, like benchstat's benchmath.
 */
package parbench.stats;
