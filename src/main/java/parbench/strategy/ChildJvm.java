package parbench.strategy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import parbench.work.Task;
import parbench.work.UserKernel;
import parbench.worker.Protocol;
import parbench.worker.StrayOutput;
import parbench.worker.WorkerMain;

/**
 * One child JVM running {@link WorkerMain}: the same java binary and class path as this JVM, started
 * without a shell. Every call has a deadline; a child that misses it is killed. Any failure names
 * the child, its exit code and the end of its stderr. Children still alive when this JVM exits are
 * destroyed by a shutdown hook, so none outlives the suite.
 */
public final class ChildJvm implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final int STDERR_TAIL_CHARS = 4000;
    private static final int STRAY_QUOTE_CHARS = 300;
    /** What a JVM prints on stderr when it gives up before running any code of ours. */
    private static final List<String> START_FAILURES = List.of("Error occurred during initialization of VM",
            "There is insufficient memory for the Java Runtime Environment to continue");
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
    /**
     * The flags of this JVM a child takes on, so that it sees what the fork sees: the processors it
     * may use (a simulated count) and the heap and stack sizes. Not the collector: the child picks
     * its own, and two collectors on one command line stop a JVM from starting.
     */
    private static final List<String> INHERITED_PREFIXES = List.of("-XX:ActiveProcessorCount=", "-Xmx", "-Xms",
            "-Xss", "-XX:MaxHeapSize=", "-XX:InitialHeapSize=");

    /** One daemon thread that kills children past their deadline; a cancelled deadline leaves its queue at once. */
    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "child-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "destroy-children"));
    }

    private final Process process;
    private final DataOutputStream toChild;
    private final DataInputStream fromChild;
    private final Thread stderrReader;
    private final StringBuilder stderrTail = new StringBuilder();
    private final StrayOutput stray = new StrayOutput();
    private final Duration timeout;
    private volatile boolean timedOut;

    /** java -cp <this class path> parbench.worker.WorkerMain, on the JVM that runs this code. */
    public static List<String> workerCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the JVM's messages and its unified-logging warnings ("[0.012s][warning]...") go to stdout
        // by default, and stdout carries the answers
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        // no /tmp/hsperfdata file: a worker needs no jstat, and a file another process holds made the
        // JVM warn ("Cannot use file /tmp/hsperfdata_root/N because it is locked by another process")
        command.add("-XX:-UsePerfData");
        command.add("-XX:+UseSerialGC");
        command.addAll(inheritedFlags(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        String kernelClassPath = System.getProperty(UserKernel.CLASS_PATH);
        if (kernelClassPath != null) {
            // a user's kernel runs in the child too: hand on where it is
            command.add("-D" + UserKernel.CLASS_PATH + "=" + kernelClassPath);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        return command;
    }

    /** Of a JVM's input arguments, those a child should run with too ({@link #INHERITED_PREFIXES}). */
    static List<String> inheritedFlags(List<String> jvmArguments) {
        return jvmArguments.stream().filter(a -> INHERITED_PREFIXES.stream().anyMatch(a::startsWith)).toList();
    }

    public ChildJvm(List<String> command, Duration timeout) {
        this.timeout = timeout;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new ChildFailedException.CouldNotStart("could not start child JVM " + command.get(0) + ": " + e.getMessage(), e);
        }
        LIVE.add(process);
        toChild = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        fromChild = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        stderrReader = new Thread(this::readStderr, "child-stderr-" + process.pid());
        stderrReader.setDaemon(true);
        stderrReader.start();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends one task and waits, at most the timeout, for its answer; output lands in out. */
    public long call(Task task, long[] out) {
        ScheduledFuture<?> deadline = WATCHDOG.schedule(this::kill, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Protocol.writeTask(toChild, task);
            toChild.flush();
            long result = Protocol.readResult(fromChild, task, out, stray);
            if (stray.reportOnce()) {
                // tolerated, and said once per child: the fork's stderr reaches JMH's console
                System.err.println("parbench: child JVM (pid " + process.pid() + ") wrote on its answer channel "
                        + "outside the protocol (skipped): " + stray.quoted(STRAY_QUOTE_CHARS));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            throw failure("failed on " + task + ": " + e.getMessage(), e);
        } finally {
            deadline.cancel(false);
        }
    }

    /** Closes the child's stdin and waits for it to exit with status 0. */
    public void finish() {
        try {
            toChild.close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw failure("did not exit after its input closed", null);
            }
        } catch (IOException e) {
            throw failure("could not close its input: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted while exiting", e);
        }
        if (process.exitValue() != 0) {
            throw failure("exited with status " + process.exitValue(), null);
        }
        LIVE.remove(process);
    }

    private void kill() {
        timedOut = true;
        process.destroyForcibly();
    }

    private ChildFailedException failure(String what, Throwable cause) {
        process.destroyForcibly();
        String exit;
        try {
            exit = process.waitFor(5, TimeUnit.SECONDS) ? "exit status " + process.exitValue() : "still running";
            stderrReader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = "unknown exit status";
        }
        LIVE.remove(process);
        String why = timedOut ? "timed out after " + timeout.toMillis() + " ms (" + what + ")" : what;
        String stderr;
        synchronized (stderrTail) {
            stderr = stderrTail.toString().strip();
        }
        String message = "child JVM (pid " + process.pid() + ") " + why + "; " + exit
                + (stray.count() > 0 ? "; printed on stdout: " + stray.quoted(STRAY_QUOTE_CHARS) : "")
                + "; stderr: " + (stderr.isEmpty() ? "(empty)" : stderr);
        return START_FAILURES.stream().anyMatch(stderr::contains)
                ? new ChildFailedException.CouldNotStart(message, cause) : new ChildFailedException(message, cause);
    }

    private void readStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream err = process.getErrorStream()) {
            for (int n = err.read(buffer); n >= 0; n = err.read(buffer)) {
                synchronized (stderrTail) {
                    stderrTail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (stderrTail.length() > STDERR_TAIL_CHARS) {
                        stderrTail.delete(0, stderrTail.length() - STDERR_TAIL_CHARS);
                    }
                }
            }
        } catch (IOException ignored) {
            // the child is gone; what was read is what there is
        }
    }

    /** Ends the child now, whatever it is doing. */
    @Override
    public void close() {
        try {
            toChild.close();
        } catch (IOException ignored) {
            // the pipe may already be broken; destroying the process is what matters
        }
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(process);
    }

    /** How many children this JVM has started and not yet seen end (for tests and teardown checks). */
    public static int liveChildren() {
        LIVE.removeIf(p -> !p.isAlive());
        return LIVE.size();
    }
}
