/**
 * Reading JMH result files of every version (1.19 to 1.37 and older files without version fields,
 * every mode) into rows with per-fork iteration values, and bringing units to one base. Knows
 * nothing of this suite, like benchstat's benchfmt.
 */
package parbench.jmhfmt;
