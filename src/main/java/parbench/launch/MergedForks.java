package parbench.launch;

import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.WorkloadParams;

/**
 * A configuration's forks, each run by JMH on its own, as one JMH result: what JMH would have
 * returned had it run them back to back, so that its result file and everything that reads one
 * see a row with all its forks.
 */
final class MergedForks {
    private MergedForks() {
    }

    /** The first n forks as one result whose fork count is how many it holds; empty without a fork. */
    static Optional<RunResult> first(List<BenchmarkResult> forks, int n) {
        List<BenchmarkResult> kept = forks.subList(0, Math.min(forks.size(), n));
        return kept.isEmpty() ? Optional.empty()
                : Optional.of(new RunResult(withForks(kept.get(0).getParams(), kept.size()), List.copyOf(kept)));
    }

    /** JMH's parameters of a fork, saying how many forks the merged result holds. */
    private static BenchmarkParams withForks(BenchmarkParams p, int forks) {
        WorkloadParams params = new WorkloadParams();
        int order = 0;
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key), order++);
        }
        return new BenchmarkParams(p.getBenchmark(), p.generatedBenchmark(), p.shouldSynchIterations(),
                p.getThreads(), p.getThreadGroups(), p.getThreadGroupLabels(), forks, p.getWarmupForks(),
                p.getWarmup(), p.getMeasurement(), p.getMode(), params, p.getTimeUnit(), p.getOpsPerInvocation(),
                p.getJvm(), p.getJvmArgs(), p.getJdkVersion(), p.getVmName(), p.getVmVersion(), p.getJmhVersion(),
                p.getTimeout());
    }
}
