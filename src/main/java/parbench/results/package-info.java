/**
 * The results folder on disk, files only: runs written atomically and never over another, the
 * traced timelines beside a run, and which runs the index results/README.md lists. What the files
 * say is decided elsewhere (analysis, render); publish wires them together.
 */
package parbench.results;
