package parbench.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import parbench.jmhfmt.BenchmarkRow;
import parbench.machine.MachineRecord;
import parbench.machine.MachineText;

/** What is known of the machine behind a result file: its record, or what JMH itself kept of the JVM. */
final class MachineSummary {
    private MachineSummary() {
    }

    /** "JMH 1.37, OpenJDK 64-Bit Server VM 17.0.15, VM 17.0.15+6" from JMH's own fields. */
    static String jvmFromJmh(BenchmarkRow.JvmFields j) {
        List<String> parts = new ArrayList<>();
        if (j.jmhVersion() != null) {
            parts.add("JMH " + j.jmhVersion());
        }
        if (j.vmName() != null || j.jdkVersion() != null) {
            parts.add((j.vmName() == null ? "JVM" : j.vmName()) + " " + (j.jdkVersion() == null ? "" : j.jdkVersion()));
        }
        if (j.vmVersion() != null) {
            parts.add("VM " + j.vmVersion());
        }
        return parts.isEmpty() ? "nothing (a file from before JMH 1.19)" : String.join(", ", parts);
    }

    /** The machine record's fields, or what JMH itself kept of the JVM for a plain file. */
    static Map<String, String> fields(MachineRecord m, BenchmarkRow.JvmFields j) {
        Map<String, String> f = new LinkedHashMap<>();
        if (m != null) {
            f.put("record", "machine record");
            f.putAll(MachineText.fields(m));
            f.remove("suite version");
        } else {
            f.put("record", "no machine record");
        }
        f.put("JVM (from JMH)", Objects.toString(j.vmName(), "?") + " " + Objects.toString(j.jdkVersion(), "?"));
        f.put("JMH", Objects.toString(j.jmhVersion(), "before 1.19"));
        return f;
    }
}
