package parbench.render;

import java.util.List;
import parbench.analysis.RowMedian;
import parbench.analysis.RunAnalysis;
import parbench.machine.MachineRecord;
import parbench.machine.MachineText;

/**
 * The machine a run was made on: one line under the title (what a reader needs before the verdict),
 * a note where the run was stopped part way, and the full record in the figures.
 */
final class MachineSection {
    private final MachineRecord machine;
    private final RunAnalysis analysis;

    /** @param machine the run's record, null for a plain JMH file */
    MachineSection(MachineRecord machine, RunAnalysis analysis) {
        this.machine = machine;
        this.analysis = analysis;
    }

    /** The title, the machine in one line, and whether the run finished. */
    ReportSection heading(String title) {
        return md -> {
            md.line("# parbench run " + title).line("");
            if (machine != null) {
                md.line(summary()).line("");
                if (machine.incomplete() != null) {
                    md.line("> **Incomplete run** (" + machine.incomplete().reason() + "): "
                            + machine.incomplete().finished().size() + " benchmark(s) finished; did not finish: "
                            + String.join("; ", machine.incomplete().notFinished())).line("");
                }
            }
        };
    }

    private String summary() {
        MachineRecord.Forks f = machine.forks();
        String forks = f == null ? "" : !f.interleaved() ? "; " + f.planned() + " fork(s) per benchmark, in JMH's order"
                : f.design() != null && f.design().adaptive() ? "; adaptive rounds, a pilot of " + f.design().pilotRounds()
                        + " (the rounds each block got: \"How precise\")"
                : "; " + (f.finished() != null ? f.finished() : f.planned()) + " interleaved rounds";
        return "**" + machine.name() + "**: " + (machine.cpuModel() == null ? "CPU unknown" : machine.cpuModel().trim()) + ", "
                + machine.availableProcessors() + " available processors"
                + (machine.jvm() == null ? "" : ", JDK " + machine.jvm().version()) + ", "
                + (machine.date() == null ? "date unknown" : machine.date().substring(0, Math.min(10, machine.date().length())))
                + forks + ". Full record below.";
    }

    /** The full record, with the forks' JVM arguments and what the host took. */
    ReportSection table() {
        return md -> {
            md.line("### Machine").line("");
            if (machine == null) {
                md.line("**No machine record**: a plain JMH file. What JMH itself kept of the JVM: "
                        + MachineSummary.jvmFromJmh(analysis.rows().get(0).row().jvm()) + ". Core counts are taken from the "
                        + "ceiling benchmark's threads where there is one.").line("");
                return;
            }
            md.line("| machine | " + machine.name() + " |").line("|---|---|");
            MachineText.fields(machine).forEach((k, v) -> md.line("| " + k + " | " + v + " |"));
            md.line("| forks' JVM arguments | " + forkJvmArgs() + " |");
            analysis.steal().ifPresent(st -> md.line("| CPU time the host took (steal) | " + StealText.figures(st) + " |"));
            if (machine.missing() != null && !machine.missing().isEmpty()) {
                md.line("| not readable | " + String.join("; ", machine.missing()) + " |");
            }
            md.line("");
        };
    }

    /** What JMH recorded the forks ran with: a flag such as the common pool's parallelism changes what is measured. */
    private String forkJvmArgs() {
        List<String> distinct = analysis.rows().stream().map(RowMedian::row).map(r -> String.join(" ", r.jvm().jvmArgs()))
                .distinct().toList();
        String args = String.join("; ", distinct).strip();
        return args.isEmpty() ? "none" : "`" + args.replace("`", "") + "`";
    }
}
