/**
 * The child JVM's side of the process strategies: its entry point and the binary protocol it speaks
 * with the parent over stdin and stdout.
 */
package parbench.worker;
