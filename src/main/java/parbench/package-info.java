/**
 * The command line: {@code run} (the default, handed to launch), {@code compare} (files, or runs a
 * side split at "--"), {@code report} and
 * {@code machine}, each parsing its options and wiring the packages below; anything else is JMH's own
 * command line. A user's mistake is one line and exit 2 ({@link parbench.launch.UserError}).
 */
package parbench;
