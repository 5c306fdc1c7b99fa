/**
 * What a run was measured on and how loaded the machine was: the machine record taken once per run
 * (OSHI and the JVM), the load profiler's CPU figures per iteration, and the record in words.
 */
package parbench.machine;
