package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import parbench.CliRun;
import parbench.catalog.Params;
import parbench.machine.MachineRecord;

/** The waiting work's kernel speed: measured once where a selected benchmark needs it, given to every fork, recorded. */
class ComputeCalibrationTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void measuredHereWithoutForksAndPassedToEveryFork() {
        Options options = new OptionsBuilder().include("parbench.bench.WaitingPoolBench").forks(0).build();
        ComputeCalibration.Applied a = ComputeCalibration.apply(options, out);
        MachineRecord.Calibration c = a.calibration().orElseThrow();
        assertEquals("launcher", c.measuredIn());
        assertTrue(c.elementsPerMicro() > 0);
        assertEquals(List.of(ComputeCalibration.value(c.elementsPerMicro())),
                List.copyOf(a.options().getParameter(Params.ELEMENTS_PER_MICRO).get()));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("every fork gets -p elementsPerMicro="));
    }

    @Test
    void measuredInTheForksJvmWhereForksRun() {
        Options options = new OptionsBuilder().include("parbench.bench.ManyWaitingPoolBench").forks(1).build();
        MachineRecord.Calibration c = ComputeCalibration.apply(options, out).calibration().orElseThrow();
        assertEquals("forks' JVM", c.measuredIn());
        assertTrue(c.elementsPerMicro() > 0);
    }

    @Test
    void notMeasuredWhereGivenOrWhereNothingNeedsIt() {
        Options given = new OptionsBuilder().include("parbench.bench.WaitingPoolBench").param(Params.ELEMENTS_PER_MICRO, "1234")
                .forks(0).build();
        ComputeCalibration.Applied a = ComputeCalibration.apply(given, out);
        assertTrue(a.calibration().isEmpty());
        assertEquals(List.of("1234"), List.copyOf(a.options().getParameter(Params.ELEMENTS_PER_MICRO).get()));
        Options serial = new OptionsBuilder().include("parbench.bench.SerialBench").forks(0).build();
        assertTrue(ComputeCalibration.apply(serial, out).calibration().isEmpty());
        assertFalse(ComputeCalibration.selected(serial));
        assertEquals("3477.1", ComputeCalibration.value(3477.123));
    }

    /** End to end: a short run of the sweep alone, its machine record, and its report's section and chart. */
    @Test
    void aRunOfTheWaitingWorkRecordsTheSpeedAndReportsTheSection(@TempDir Path results) throws Exception {
        CliRun run = CliRun.of("--quick", "--results", results.toString(), "bench.WaitingPoolBench", "-p", "waitPercent=0,90",
                "-p", "poolSize=2,16", "-p", "blocking=park");
        assertEquals(0, run.status(), run.out() + run.err());
        Path json;
        try (Stream<Path> files = Files.walk(results)) {
            json = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".machine.json")).findFirst()
                    .orElseThrow();
        }
        String stem = json.getFileName().toString().replace(".json", "");
        MachineRecord machine = new ObjectMapper().readValue(json.resolveSibling(stem + ".machine.json").toFile(),
                MachineRecord.class);
        assertTrue(machine.calibration().elementsPerMicro() > 0);
        String md = Files.readString(json.resolveSibling(stem + ".md"));
        assertTrue(md.contains("## Waiting work"), md);
        assertTrue(md.contains("**Verdict:**"), md);
        assertTrue(Files.isRegularFile(json.resolveSibling(stem + "-waiting.png")));
    }
}
