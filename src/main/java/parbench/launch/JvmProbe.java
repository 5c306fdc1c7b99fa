package parbench.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.Options;
import parbench.machine.MachineRecord;

/**
 * Asks the JVM that JMH's forks will run on what it is, started as JMH starts a fork (the -jvm
 * binary, with the same JVM arguments), so that the record names the JVM the forks really ran on
 * and worker symbols resolve against the processors the forks see
 * ({@code -jvmArgsAppend -XX:ActiveProcessorCount=64} simulates 64). The answers go to a file, not
 * to stdout: fork arguments such as -XX:+PrintCompilation write there from other threads, mid-line.
 */
public final class JvmProbe {
    private static final String PROCESSORS = "availableProcessors";
    private static final List<String> PROPERTIES = List.of("java.vendor", "java.version", "java.vm.name", "java.home");

    private JvmProbe() {
    }

    /** The probe's own side: run in the fork's JVM, it writes what describe() reads to the file args[0]. */
    public static void main(String[] args) throws IOException {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String p : PROPERTIES) {
            values.put(p, System.getProperty(p));
        }
        values.put(PROCESSORS, Integer.toString(Runtime.getRuntime().availableProcessors()));
        answer(args[0], values);
    }

    /** The arguments JMH 1.37 gives a fork: prepend, then -jvmArgs or else this JVM's own, then append. */
    static List<String> forkArguments(Options options) {
        List<String> args = new ArrayList<>(options.getJvmArgsPrepend().orElse(List.of()));
        args.addAll(options.getJvmArgs().orElseGet(() -> ManagementFactory.getRuntimeMXBean().getInputArguments()));
        args.addAll(options.getJvmArgsAppend().orElse(List.of()));
        return args;
    }

    static MachineRecord.JvmInfo describe(String javaBinary, List<String> jvmArgs) {
        Map<String, String> props = run(javaBinary, jvmArgs, JvmProbe.class);
        try {
            return new MachineRecord.JvmInfo(props.get("java.vendor"), props.get("java.version"),
                    props.get("java.vm.name"), props.get("java.home"), Integer.valueOf(props.get(PROCESSORS)));
        } catch (NumberFormatException e) {
            throw new UserError("the forks' JVM " + javaBinary + " did not say how many processors it has");
        }
    }

    /**
     * Runs a main class of this jar in the forks' JVM, as JMH starts a fork, and returns the
     * "name = value" lines it wrote to the file named by its one argument.
     */
    static Map<String, String> run(String javaBinary, List<String> jvmArgs, Class<?> main) {
        if (!Files.isExecutable(Path.of(javaBinary))) {
            throw new UserError("-jvm " + javaBinary + ": no such executable");
        }
        Path answers = null;
        try {
            answers = Files.createTempFile("parbench-probe", ".txt");
            List<String> command = new ArrayList<>(List.of(javaBinary));
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), answers.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new UserError("the forks' JVM " + javaBinary + " " + String.join(" ", jvmArgs)
                        + ": does not start (" + firstLine(output) + ")");
            }
            return answers(Files.readString(answers, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("-jvm " + javaBinary + ": could not start it: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("-jvm " + javaBinary + ": interrupted while running " + main.getSimpleName(), e);
        } finally {
            deleteQuietly(answers);
        }
    }

    /** Writes "name = value" lines for {@link #run} to the file it named. */
    static void answer(String file, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> answers(String text) {
        Map<String, String> props = new HashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf(" = ");
            if (eq > 0) {
                props.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
            }
        }
        return props;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    /** The java binary forks run on: -jvm, or this JVM's own, as JMH picks it. */
    static String forkJvm(Options options) {
        return options.getJvm().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
