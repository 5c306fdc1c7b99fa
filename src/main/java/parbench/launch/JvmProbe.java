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
import parbench.UserError;
import parbench.machine.MachineRecord;

/**
 * Asks the JVM that JMH's forks will run on what it is, started as JMH starts a fork (the -jvm
 * binary, with the same JVM arguments), so that the record names the JVM the forks really ran on
 * and worker symbols resolve against the processors the forks see
 * ({@code -jvmArgsAppend -XX:ActiveProcessorCount=64} simulates 64).
 */
public final class JvmProbe {
    private static final String PROCESSORS = "availableProcessors";
    private static final List<String> PROPERTIES = List.of("java.vendor", "java.version", "java.vm.name", "java.home");

    private JvmProbe() {
    }

    /** The probe's own side: run in the fork's JVM, it prints what describe() reads. */
    public static void main(String[] args) {
        for (String p : PROPERTIES) {
            System.out.println(p + " = " + System.getProperty(p));
        }
        System.out.println(PROCESSORS + " = " + Runtime.getRuntime().availableProcessors());
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
        return new MachineRecord.JvmInfo(props.get("java.vendor"), props.get("java.version"),
                props.get("java.vm.name"), props.get("java.home"), Integer.valueOf(props.get(PROCESSORS)));
    }

    /** Runs a main class of this jar in the forks' JVM, as JMH starts a fork, and returns the "name = value" lines it printed. */
    static Map<String, String> run(String javaBinary, List<String> jvmArgs, Class<?> main) {
        if (!Files.isExecutable(Path.of(javaBinary))) {
            throw new UserError("-jvm " + javaBinary + ": no such executable");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new UserError("the forks' JVM " + javaBinary + " " + String.join(" ", jvmArgs)
                        + ": does not start (" + firstLine(text) + ")");
            }
            Map<String, String> props = new HashMap<>();
            for (String line : text.split("\\R")) {
                int eq = line.indexOf(" = ");
                if (eq > 0) {
                    props.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
                }
            }
            return props;
        } catch (IOException e) {
            throw new UserError("-jvm " + javaBinary + ": could not start it: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("-jvm " + javaBinary + ": interrupted while running " + main.getSimpleName(), e);
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
