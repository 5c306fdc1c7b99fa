/**
 * The JMH benchmark classes, one per strategy plus the serial baseline and the ceiling, each reading
 * like a JMH sample: what is measured, what can go wrong, what to conclude. They stay thin: the
 * workloads come from work, the spreading from strategy, and every answer is checked.
 */
package parbench.bench;
