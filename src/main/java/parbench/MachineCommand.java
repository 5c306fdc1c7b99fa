package parbench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import parbench.machine.Fingerprint;
import parbench.machine.LoadProfiler;
import parbench.machine.MachineRecord;
import parbench.machine.MachineText;
import parbench.launch.UserError;

/** {@code machine [--json]}: what OSHI and the JVM see here, as every run records it. */
public final class MachineCommand {
    private MachineCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println("usage: java -jar benchmarks.jar machine [--json]");
                return 0;
            } else {
                throw new UserError("machine: unknown argument '" + a + "' (usage: machine [--json])");
            }
        }
        LoadProfiler.disableTickCache();
        MachineRecord m = Fingerprint.take(Fingerprint.currentJvm());
        if (json) {
            out.println(new String(m.toJson(), StandardCharsets.UTF_8));
        } else {
            MachineText.print(m, out);
        }
        return 0;
    }
}
