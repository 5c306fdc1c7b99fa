package parbench.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import parbench.UserError;
import parbench.machine.MachineRecord;

/** Asks a java binary (JMH's -jvm) what it is, so the record names the JVM the forks really ran on. */
final class JvmProbe {
    private JvmProbe() {
    }

    static MachineRecord.JvmInfo describe(String javaBinary) {
        if (!Files.isExecutable(Path.of(javaBinary))) {
            throw new UserError("-jvm " + javaBinary + ": no such executable");
        }
        try {
            Process p = new ProcessBuilder(List.of(javaBinary, "-XshowSettings:properties", "-version"))
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new UserError("-jvm " + javaBinary + ": does not run as a JVM (" + firstLine(text) + ")");
            }
            Map<String, String> props = new HashMap<>();
            for (String line : text.split("\\R")) {
                int eq = line.indexOf(" = ");
                if (eq > 0) {
                    props.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
                }
            }
            if (!props.containsKey("java.version")) {
                throw new UserError("-jvm " + javaBinary + ": printed no java.version (" + firstLine(text) + ")");
            }
            return new MachineRecord.JvmInfo(props.get("java.vendor"), props.get("java.version"),
                    props.get("java.vm.name"), props.get("java.home"),
                    Runtime.getRuntime().availableProcessors());
        } catch (IOException e) {
            throw new UserError("-jvm " + javaBinary + ": could not start it: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("-jvm " + javaBinary + ": interrupted while asking its version", e);
        }
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
