package parbench.bench;

import parbench.strategy.QueueWorkers;
import parbench.strategy.Strategy;
import parbench.work.Policy;

/**
 * Worker threads draining one shared queue of tasks (the posts' queue-based workers), on the same
 * workloads as the other strategies, under the declared policy: one equal chunk per worker, the
 * caller waits. With equal chunks this is a pool by another name; its lesson is in
 * {@link UnevenTasksBench}, where tasks differ in size and the queue policy decides the time.
 *
 * <p>Run: {@code java -jar target/benchmarks.jar QueueWorkersBench}
 */
public class QueueWorkersBench extends ScalingBenchmark {
    @Override
    protected Strategy create(int workerCount) {
        return new QueueWorkers(workerCount, Policy.SHARED_QUEUE);
    }
}
