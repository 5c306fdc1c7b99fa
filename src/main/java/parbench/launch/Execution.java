package parbench.launch;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import parbench.machine.MachineRecord;

/** How a run's forks are run: in interleaved rounds (the default), or in JMH's own order. */
interface Execution {
    /** The progress line's stage where JMH runs the benchmarks in its own order (-f 0, --quick, --sequential). */
    String JMH_ORDER = "benchmarks";

    /** Runs everything; returns every configuration's forks. */
    Collection<RunResult> run() throws RunnerException;

    /** For a run stopped part way: what to keep. */
    List<RunResult> kept();

    /** What the machine record says of how the forks were run. */
    MachineRecord.Forks forks();

    /** For a run stopped part way: how far it got, in words. */
    String progressNote();

    /** For a run stopped part way: the configurations that did not get every planned round, each with how many it got. */
    default List<String> shortOfRounds() {
        return List.of();
    }

    /** JMH's Runner as it is: all forks of one benchmark back to back, benchmarks in JMH's order. */
    static Execution sequential(Options options, RecordingOutput recording) {
        recording.expect(Configuration.plan(options).size());
        return new Execution() {
            @Override
            public Collection<RunResult> run() throws RunnerException {
                return new Runner(options, recording).run();
            }

            @Override
            public List<RunResult> kept() {
                return recording.finished();
            }

            @Override
            public MachineRecord.Forks forks() {
                return new MachineRecord.Forks(false, options.getForkCount().orElse(1), null, null, null);
            }

            @Override
            public String progressNote() {
                return recording.finished().size() + " benchmark(s) finished";
            }
        };
    }
}
