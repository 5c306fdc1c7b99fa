package parbench.render;

/**
 * One section of a run's report: it words figures the analysis computed, and writes nothing where
 * the run has none for it. {@link RunReport#sections} lists them in the order a reader meets them.
 */
@FunctionalInterface
interface ReportSection {
    void write(Markdown md);
}
