/**
 * The results folder on disk, files only: runs written atomically and never over another, the
 * traced timelines beside a run, which runs and saved comparisons the index results/README.md lists,
 * and which runs lie beside a run (the ones its report is checked against). What the files
 * say is decided elsewhere (analysis, render); publish wires them together.
 */
package parbench.results;
