/**
 * The workloads as plain kernels with their exact expected answers (range sum, squares, sleeping
 * and uneven tasks, a user's kernel), how work is split among workers, and the theory a
 * measurement is set against (ideal sleeps, makespans of each policy).
 */
package parbench.work;
