package parbench.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.RunAnalysis;
import parbench.jmhfmt.JmhResultFile;
import parbench.render.IndexText;
import parbench.results.ResultsFolder;
import parbench.results.ResultsIndex;

/** Brings results/README.md up to date: every run of the folder, analysed, in words. */
public final class Index {
    private Index() {
    }

    public static void update(ResultsFolder folder) throws IOException {
        ResultsIndex.write(folder, markdown(folder));
    }

    /** The index of every run in the folder, as {@link #update} writes it. */
    public static String markdown(ResultsFolder folder) throws IOException {
        List<IndexText.Row> rows = new ArrayList<>();
        for (ResultsIndex.Entry e : ResultsIndex.entries(folder)) {
            Optional<RunAnalysis> analysis;
            String unreadable = null;
            try {
                analysis = Optional.of(ReportFiles.analyse(JmhResultFile.read(e.run().json()), e.record()));
            } catch (RuntimeException bad) {
                analysis = Optional.empty();
                unreadable = bad.getMessage();
            }
            rows.add(new IndexText.Row(e.run().stem(), e.reportLink(), e.record(), analysis, unreadable));
        }
        return IndexText.markdown(rows);
    }
}
