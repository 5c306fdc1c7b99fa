/**
 * The results folder on disk: runs written atomically and never over another, each run's report
 * files, and the index results/README.md.
 */
package parbench.results;
