/**
 * Turning analysis into what a person reads: Markdown tables and verdict, CSV, and charts (XChart).
 * The only package that chooses words ("~", "better: faster") and number formats.
 */
package parbench.render;
