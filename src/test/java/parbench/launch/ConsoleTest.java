package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.CliRun;

/**
 * The console a person reads: by default the suite's few lines, a progress line and, at the end, the
 * verdict and the paths, with JMH's own output in a log beside the results; -v gives JMH's output
 * back as in JMH.
 */
class ConsoleTest {
    private static final List<String> SHORT_RUN = List.of("--no-load-profiler", "SerialBench.rangeSum$",
            "-p", "n=1000,2000", "-f", "2", "-wi", "0", "-i", "1", "-r", "20ms");

    private static CliRun run(Path dir, String... more) {
        List<String> args = new java.util.ArrayList<>(SHORT_RUN);
        args.addAll(List.of("--results", dir.toString()));
        args.addAll(List.of(more));
        CliRun o = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, o.status(), o.out() + o.err());
        return o;
    }

    @Test
    void byDefaultTheConsoleIsProgressThenTheVerdictAndThePathsAndJmhsOutputIsInTheLog(@TempDir Path dir) throws Exception {
        CliRun o = run(dir);
        assertFalse(o.out().contains("# Benchmark:") || o.out().contains("Iteration "), "no JMH output: " + o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("rounds ") && l.contains("/4 (") && l.contains("round ")),
                "a progress line with the stage, the forks and the time: " + o.out());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.size() < 20, "a few lines: " + o.out());
        assertTrue(lines.get(lines.size() - 2).startsWith("# parbench: report in "), o.out());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("# parbench: results in ") && last.contains("JMH's output: "), last);
        assertTrue(o.out().contains("Verdict (the report's first section"), o.out());
        Path log = only(dir, ".log");
        assertTrue(last.contains(log.getFileName().toString()), last);
        String text = Files.readString(log);
        assertEquals(2, text.lines().filter(l -> l.startsWith("# Parameters: (n = ")).distinct().count(), text);
        assertTrue(text.contains("# parbench: round 2 of 2, fork 4 of 4"), "the suite's lines too, as JMH's console had them");
        assertTrue(text.startsWith("# parbench: "), "from the first line on, said before the run's folder existed");
    }

    @Test
    void minusVGivesJmhsOutputBackAndTheLogIsStillWritten(@TempDir Path dir) throws Exception {
        CliRun o = run(dir, "-v", "NORMAL");
        assertTrue(o.out().contains("# Benchmark: parbench.bench.SerialBench.rangeSum"), o.out());
        assertTrue(o.out().contains("# parbench: round 2 of 2, fork 4 of 4"), o.out());
        assertFalse(o.out().lines().anyMatch(l -> l.startsWith("rounds ")), "no progress bar between JMH's lines");
        assertTrue(Files.readString(only(dir, ".log")).contains("# Benchmark: parbench.bench.SerialBench.rangeSum"));
    }

    @Test
    void silentPrintsNothingAndKeepsTheLog(@TempDir Path dir) throws Exception {
        CliRun o = run(dir, "-v", "SILENT");
        assertEquals("", o.out());
        assertTrue(Files.readString(only(dir, ".log")).contains("# Benchmark: parbench.bench.SerialBench.rangeSum"));
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAtMostOnceASecondAndTheSuitesLinesNeverShareIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressLine line = new ProgressLine(out, true)) {
            line.show(new Progress("pilot", "round 1 of 6", 1, 60, Duration.ZERO, null, Duration.ofMinutes(14), null), 0);
            Thread.sleep(3_300);
            line.print("# parbench: a line of the suite's\n");
            line.show(new Progress("pilot", "round 2 of 6", 11, 60, Duration.ofSeconds(10), Duration.ofSeconds(50),
                    Duration.ofMinutes(14), null), 10);
            line.finish(true);
        }
        String screen = bytes.toString(StandardCharsets.UTF_8);
        long draws = screen.chars().filter(c -> c == '\r').count();
        assertTrue(draws >= 3 && draws <= 8, "a redraw a second (and the clearing and the last one): " + draws);
        assertTrue(screen.contains("\r" + " ".repeat(40)), "the bar is cleared before the suite's line");
        String clearedThenLine = screen.substring(screen.indexOf("# parbench: a line") - 1);
        assertTrue(clearedThenLine.startsWith("\r#"), "the suite's line starts at the left edge");
        assertTrue(screen.contains("60/60 ("), "a finished stage is drawn full: " + screen.replace('\r', '\n'));
        assertTrue(screen.contains("run ends ≤ 00:13:50"), "the pilot's bar says when the run ends: " + screen.replace('\r', '\n'));
        assertTrue(screen.endsWith("\n"), "the last bar keeps its line");
    }

    @Test
    void inALogTheLineIsPrintedOnlyWhereSomethingMoved() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
            line.show(new Progress("rounds", "round 1 of 2", 1, 4, Duration.ZERO, null, null, null), 0);
            line.finish(true);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("\r"), "nothing redrawn in a log");
        assertEquals(lines.stream().distinct().count(), lines.size(), "no line twice: " + lines);
        assertTrue(lines.get(lines.size() - 1).endsWith("4/4 (0:00:00 / 0:00:00) round 1 of 2"), "the last, unpadded: " + lines);
    }

    @Test
    void theTimeLeftIsTheStagesOrTheBudgetsWhicheverEndsLater() {
        Duration budget = Duration.ofMinutes(14);
        assertEquals(Duration.ofMinutes(10), new Progress("pilot", "", 5, 60, Duration.ofMinutes(4), Duration.ofMinutes(2),
                budget, null).runLeft(), "the pilot ends first: the budget says when the run does");
        assertEquals(Duration.ofMinutes(12), new Progress("pilot", "", 5, 60, Duration.ofMinutes(4), Duration.ofMinutes(12),
                budget, null).runLeft(), "a pilot that overruns the budget ends the run");
        assertEquals(Duration.ZERO, new Progress("adaptive", "", 0, 0, Duration.ofMinutes(15), null, budget, null).runLeft());
        assertNull(new Progress("rounds", "", 1, 6, Duration.ZERO, null, null, null).runLeft());
    }

    private static Path only(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }
}
