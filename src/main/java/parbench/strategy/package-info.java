/**
 * The ways of spreading work over cores, one class each behind one small interface: a serial loop,
 * threads by hand, pools, futures, streams, fork/join, virtual threads, queue workers and child
 * JVMs. Plain Java, tested without JMH; the bench classes measure them.
 */
package parbench.strategy;
