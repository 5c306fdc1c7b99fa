package parbench.render;

import java.util.List;
import parbench.analysis.RunAnalysis;

/**
 * The verdict as the console prints it at the end of a run: the report's verdict, a bullet a line,
 * without Markdown's emphasis. The same words as the report's first section, so that the console
 * and the report never disagree.
 */
public final class ConsoleVerdict {
    private ConsoleVerdict() {
    }

    /** The verdict's lines; none for a run of none of the suite's workloads (its report has no verdict). */
    public static List<String> lines(RunAnalysis analysis) {
        if (analysis.suite().isEmpty()) {
            return List.of();
        }
        Markdown md = new Markdown();
        new VerdictText(analysis).write(md);
        return md.text().lines().filter(l -> l.startsWith("- ")).map(l -> l.replace("**", "")).toList();
    }
}
