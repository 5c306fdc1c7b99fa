package parbench.render;

import parbench.analysis.Makespans;

/** The uneven tasks' makespans in units, each policy's theory beside what it measured, in both flavours. */
final class UnevenText implements ReportSection {
    private final Makespans m;
    private final ChartLinks charts;

    UnevenText(Makespans m, ChartLinks charts) {
        this.m = m;
        this.charts = charts;
    }

    @Override
    public void write(Markdown md) {
        long units = m.units();
        md.line("## Uneven tasks " + m.sizes().toString().replace(" ", "") + " on " + m.workers() + " workers: makespan in units")
                .line("");
        charts.link(md, "-uneven");
        md.line("Sleep unit: the unitMillis parameter. CPU unit: the serial run's time / " + units
                + m.cpuUnit().map(u -> " = " + Format.timeWithError(u)).orElse(" (no serial run)")
                + ". CPU theory is bounded below by " + units + " / " + m.cores() + " cores = " + Format.sig(m.cpuLowerBound())
                + " units.").line("");
        md.line("| policy | theory | sleep: measured | CPU: theory on " + m.cores() + " cores | CPU: measured |");
        md.line("|---|---|---|---|---|");
        for (Makespans.Line l : m.lines()) {
            md.line("| " + l.policy().label() + " | " + l.theory() + " | "
                    + l.sleepUnits().map(u -> Format.ratio(u, "")).orElse("–") + " | " + Format.sig(l.cpuTheory()) + " | "
                    + l.cpuUnits().map(u -> Format.ratio(u, "")).orElse("–") + " |");
        }
        m.serialSleepUnits().ifPresent(u -> md.line("| serial (1 worker) | " + units + " | " + Format.ratio(u, "") + " | "
                + units + " | " + units + " (the unit's definition) |"));
        md.line("");
    }
}
