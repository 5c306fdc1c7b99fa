/**
 * Running the suite: JMH's command line with the suite's defaults and checks, the configurations
 * planned, their forks run in interleaved rounds of blocks (adaptive where no -f is given, planned
 * from the analysis of the rounds so far), and what a run leaves behind, saved as it goes. The
 * start of the data flow: its files are what results, jmhfmt, analysis and render read.
 */
package parbench.launch;
