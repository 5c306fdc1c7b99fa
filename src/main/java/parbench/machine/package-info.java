/**
 * What a run was measured on and with, taken once in the launching JVM before any benchmark: the
 * machine's fingerprint (OSHI), the suite's hash, the record written beside the result file; and
 * the profiler that samples the system's CPU around each iteration in the forks.
 */
package parbench.machine;
