package parbench.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.RunAnalysis;
import parbench.analysis.RunKind;
import parbench.analysis.RunPool;
import parbench.jmhfmt.JmhResultFile;
import parbench.render.IndexText;
import parbench.results.ResultsFolder;
import parbench.results.ResultsIndex;

/**
 * Brings results/README.md up to date: every run of the folder analysed once, its kind read, the
 * runs of each suite pooled where there are enough of them, and the saved comparisons, in words.
 */
public final class Index {
    private Index() {
    }

    public static void update(ResultsFolder folder) throws IOException {
        ResultsIndex.write(folder, markdown(folder));
    }

    /** The index of every run in the folder, as {@link #update} writes it. */
    public static String markdown(ResultsFolder folder) throws IOException {
        List<IndexText.Row> rows = new ArrayList<>();
        List<RunPool.Run> oldestFirst = new ArrayList<>();
        for (ResultsIndex.Entry e : ResultsIndex.entries(folder)) {
            Optional<RunAnalysis> analysis;
            String unreadable = null;
            try {
                analysis = Optional.of(ReportFiles.analyse(JmhResultFile.read(e.run().json()), e.record()));
            } catch (RuntimeException bad) {
                analysis = Optional.empty();
                unreadable = bad.getMessage();
            }
            analysis.ifPresent(a -> oldestFirst.add(0, new RunPool.Run(e.run().stem(), e.record(), a.figures())));
            rows.add(new IndexText.Row(e.run().stem(), e.reportLink(), e.record(), analysis,
                    analysis.map(a -> RunKind.of(e.record(), a)), unreadable));
        }
        List<IndexText.Saved> comparisons = ResultsIndex.comparisons(folder).stream()
                .map(s -> new IndexText.Saved(s.stem(), s.link())).toList();
        return IndexText.markdown(rows, RunPool.groups(oldestFirst), comparisons);
    }
}
