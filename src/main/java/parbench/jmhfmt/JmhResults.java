package parbench.jmhfmt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * JMH's results in memory as rows, the same rows {@link JmhResultFile} reads from the JSON JMH
 * writes of them: so that a run can be analysed while it runs (the adaptive rounds) without writing
 * its results out and reading them back. Each fork's iterations are each iteration's score (for
 * sample mode, its mean), secondary metrics likewise where an iteration has them, NaNs left out.
 */
public final class JmhResults {
    private JmhResults() {
    }

    public static List<BenchmarkRow> rows(Collection<RunResult> results) {
        return results.stream().map(JmhResults::row).toList();
    }

    private static BenchmarkRow row(RunResult r) {
        BenchmarkParams p = r.getParams();
        TreeMap<String, String> params = new TreeMap<>();
        p.getParamsKeys().forEach(k -> params.put(k, p.getParam(k)));
        Map<String, Metric> secondaries = new LinkedHashMap<>();
        r.getSecondaryResults().forEach((name, result) -> secondaries.put(JmhResultFile.stripPrefix(name),
                metric(r, result, it -> it.getSecondaryResults().get(name))));
        return new BenchmarkRow(p.getBenchmark(), p.getMode().shortLabel(), p.getThreads(), p.getForks(), params,
                metric(r, r.getPrimaryResult(), IterationResult::getPrimaryResult), secondaries,
                new BenchmarkRow.JvmFields(p.getJmhVersion(), p.getJvm(), p.getJdkVersion(), p.getVmName(), p.getVmVersion(),
                        List.copyOf(p.getJvmArgs())));
    }

    /** A metric's score and error as JMH gives them, and each fork's iterations from the iteration results. */
    private static Metric metric(RunResult r, Result<?> whole, Function<IterationResult, Result<?>> ofIteration) {
        List<double[]> forks = new ArrayList<>();
        for (BenchmarkResult fork : r.getBenchmarkResults()) {
            forks.add(fork.getIterationResults().stream().map(ofIteration).filter(x -> x != null)
                    .mapToDouble(Result::getScore).filter(v -> !Double.isNaN(v)).toArray());
        }
        return new Metric(whole.getScore(), whole.getScoreError(), whole.getScoreUnit(), forks.toArray(double[][]::new));
    }
}
