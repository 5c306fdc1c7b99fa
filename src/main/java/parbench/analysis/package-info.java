/**
 * The suite's questions answered as data, each figure computed once per run: the points of a
 * result file and their lookups (SuiteRun), which forks a ratio pairs (Pairing), the estimates that
 * compare two configurations (Ratios), every point's, block's and workload's figures (Figures:
 * speedup, the one share of the ceiling, efficiency, CPU time, flags, the ceiling, the winner and its
 * ties), each row's one median (RowMedian), the cost models and break-evens, overheads, makespans,
 * the sleeping ideal, the verdict, the tuning's worth beside the gap between mechanisms, the waiting
 * work's best pool size beside Goetz's rule, the precision targets, comparisons of result files, a
 * run's kind, and runs of one suite pooled with the run as the sample (RunPool, RunCheck,
 * RunsComparison, with compare's gates). Wording
 * is left to render, which computes nothing.
 */
package parbench.analysis;
