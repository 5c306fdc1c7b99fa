package parbench.render;

import java.util.ArrayList;
import java.util.List;
import parbench.analysis.RunAnalysis;
import parbench.analysis.RunCheck;
import parbench.analysis.Timelines;
import parbench.catalog.Workload;
import parbench.machine.MachineRecord;

/**
 * The Markdown a person reads for one run: what to use on this machine first, then the tables
 * that back it. Every figure carries its 95% interval; a row whose interval is too wide to say
 * whether it beats serial is marked. Each section is a class of its own that words what the
 * analysis computed ({@link ReportSection}); {@link #sections} places them. A new section is a
 * class that implements ReportSection, reading its figures from the analysis, and one line there.
 */
public final class RunReport {
    private final String title;
    private final MachineRecord machine;
    private final RunAnalysis analysis;
    private final List<RunChart> charts;
    private final ChartLinks links;
    private final RunCheck.Earlier earlier;

    /**
     * @param title     the run's file stem
     * @param machine   the run's record, null for a plain JMH file
     * @param analysis  the run's analysis, computed once from its rows and machine record
     * @param timelines the uneven tasks' timelines, theory and the run's traced one where it has it
     * @param earlier   the run against the earlier runs of its suite, where its folder has them
     */
    public RunReport(String title, MachineRecord machine, RunAnalysis analysis, Timelines timelines, RunCheck.Earlier earlier) {
        this.title = title;
        this.earlier = earlier;
        this.machine = machine;
        this.analysis = analysis;
        this.charts = RunChart.of(analysis, machine == null ? title : machine.name(), timelines);
        this.links = new ChartLinks(charts, title);
    }

    /** The charts this report links, each to be written as {@code chart.fileName(title)} beside it. */
    public List<RunChart> charts() {
        return charts;
    }

    public String markdown() {
        Markdown md = new Markdown();
        sections().forEach(s -> s.write(md));
        return md.text();
    }

    /** The report's sections in the order a reader meets them: the verdict, how precise it is, then the figures in full. */
    private List<ReportSection> sections() {
        MachineSection machineText = new MachineSection(machine, analysis);
        List<ReportSection> s = new ArrayList<>(List.of(machineText.heading(title)));
        if (analysis.suite().isEmpty()) {
            analysis.waiting().ifPresent(w -> s.add(new WaitingText(w, links)));
            s.add(machineText.table());
            if (analysis.waiting().isEmpty()) {
                s.add(new GenericTable(analysis));
            }
            s.add(new EarlierRunsText(earlier));
            return s;
        }
        s.add(new VerdictText(analysis));
        s.add(links.section(RunChart.SIZE));
        s.add(links.section(RunChart.MAIN));
        s.add(new TuningText(analysis.tuning()));
        s.add(new TargetsText(analysis.targets(), machine == null || machine.forks() == null ? null : machine.forks().design()));
        s.add(new EarlierRunsText(earlier));
        s.add(new FiguresHeading(analysis));
        s.add(machineText.table());
        s.add(new WorkloadTables(analysis, Workload.RANGE_SUM));
        s.add(links.section("-size-squares"));
        s.add(links.section("-speedup-squares"));
        s.add(new WorkloadTables(analysis, Workload.SQUARES));
        s.add(links.section("-size-kernel"));
        s.add(links.section("-speedup-kernel"));
        s.add(new WorkloadTables(analysis, Workload.KERNEL));
        analysis.sleeping().ifPresent(x -> s.add(new SleepingText(x, links)));
        analysis.makespans().ifPresent(x -> s.add(new UnevenText(x, links)));
        analysis.overheadBaseline().ifPresent(x -> s.add(new OverheadText(x, analysis.overheads())));
        analysis.ceilingGap().ifPresent(x -> s.add(new CeilingGapText(x)));
        s.add(new BreakEvenText(analysis));
        analysis.waiting().ifPresent(w -> s.add(new WaitingText(w, links)));
        s.add(new Vocabulary(analysis.suite()));
        return s;
    }
}
