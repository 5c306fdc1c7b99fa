package parbench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import parbench.CliRun;
import parbench.analysis.Targets;
import parbench.catalog.Workload;
import parbench.machine.MachineRecord;
import parbench.stats.Estimate;

/** Adaptive rounds: a pilot of every block, then steps where the targets need them, within the budget. */
class AdaptiveTest {

    @Test
    void anAdaptiveRunSpendsItsBudgetWhereTheTargetsAreAndSaysSo(@TempDir Path results) throws Exception {
        CliRun o = CliRun.of("--results", results.toString(), "--no-load-profiler", "--seed", "3",
                "SerialBench.rangeSum$|FixedPoolBench.rangeSum$|CeilingBench.rangeSum$", "-p", "n=1000,100000,50000000",
                "-p", "workers=cores", "-p", "split=equal", "-p", "caller=waits", "-p", "spin=off", "--budget", "60s", "-wi", "1", "-i", "2", "-r", "20ms");
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("a pilot of 2 rounds of 9 configurations in 3 blocks"), o.out());
        assertTrue(o.out().contains("targets met; next: "), "each step says why: " + o.out());
        Path json;
        try (Stream<Path> files = Files.walk(results)) {
            json = files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".machine.json")
                    && !f.toString().endsWith(".timelines.json")).findFirst().orElseThrow();
        }
        MachineRecord m = new ObjectMapper().readValue(json.resolveSibling(json.getFileName().toString()
                .replace(".json", ".machine.json")).toFile(), MachineRecord.class);
        MachineRecord.Design d = m.forks().design();
        assertTrue(d.adaptive() && d.pilotRounds() == 2 && d.budgetSeconds() == 60, d.toString());
        assertTrue(d.pilotSeconds() != null && d.pilotSeconds() > 0 && d.pilotSeconds() < d.wallSeconds(), d.toString());
        assertTrue(d.runSeconds() != null && d.runSeconds() > d.wallSeconds(), "from the launcher's start to its last file: " + d);
        assertFalse(m.forks().forkSeconds().isEmpty(), "what a fork of each configuration took");
        // the pool's share and speedup at the headline; its break-even too where its speedup crosses 1 between
        // the sizes, which a host busy with others can hide
        assertTrue(d.stopped() != null && d.targets() != null && d.targets() >= 2, d.toString());
        assertTrue(d.blocks().stream().allMatch(b -> b.rounds() >= 6), "every block has the forks an interval needs: " + d.blocks());
        assertTrue(d.blocks().stream().anyMatch(b -> b.rounds() > 6 || b.added()), "and some got more: " + d.blocks());
        // every configuration has its pilot and at most its block's rounds; the record's count is the most any had
        Map<String, Integer> rounds = new HashMap<>();
        d.blocks().forEach(b -> rounds.put(b.block(), b.rounds()));
        Map<String, Integer> most = new HashMap<>();
        for (JsonNode entry : new ObjectMapper().readTree(json.toFile())) {
            String block = "rangeSum n=" + entry.get("params").get("n").asText();
            int forks = entry.get("forks").asInt();
            assertTrue(forks >= 6 && forks <= rounds.get(block), "every configuration completed to 6: " + block + ": " + forks);
            most.merge(block, forks, Math::max);
        }
        assertEquals(rounds, most);
        String md = Files.readString(json.resolveSibling(json.getFileName().toString().replace(".json", ".md")));
        assertTrue(md.contains("## How precise: the headline figures against their goals") && md.contains("| share of the ceiling | fixed pool |"), md);
        assertTrue(md.contains("Rounds per block"), md);
    }

    @Test
    void aSizeIsAddedBetweenTwoThatAreTooFarApartAroundABreakEven() {
        Configuration serial = new Configuration("parbench.bench.SerialBench.rangeSum", Mode.AverageTime, Map.of("n", "100000"), false);
        Configuration pool = new Configuration("parbench.bench.FixedPoolBench.rangeSum", Mode.AverageTime,
                new java.util.TreeMap<>(Map.of("n", "100000", "workers", "cores")), false);
        Configuration poolAtOne = new Configuration("parbench.bench.FixedPoolBench.rangeSum", Mode.AverageTime,
                Map.of("n", "100000", "workers", "1"), false);
        Configuration big = new Configuration("parbench.bench.SerialBench.rangeSum", Mode.AverageTime, Map.of("n", "1000000"), false);
        Configuration poolBig = new Configuration("parbench.bench.FixedPoolBench.rangeSum", Mode.AverageTime,
                new java.util.TreeMap<>(Map.of("n", "1000000", "workers", "cores")), false);
        List<Block> blocks = Block.of(List.of(serial, pool, poolAtOne, big, poolBig));
        assertEquals(2, blocks.size());
        Adaptive a = new Adaptive(Targets.Goals.DEFAULT, java.time.Duration.ofMinutes(1), 6, 2);
        Targets.Target t = new Targets.Target(Targets.Figure.BREAK_EVEN, Workload.RANGE_SUM, 0, "fixed pool",
                new Estimate(200_000, 120_000, 400_000, 6, 0.95), 400 / 120.0, 1.25, List.of(100_000L, 1_000_000L));
        List<Adaptive.Step> steps = a.steps(t, blocks, b -> 6);
        assertEquals(2, steps.size(), "a new size, with every strategy or the pool alone: " + steps);
        assertEquals(List.of(2, 2), steps.stream().map(x -> x.blocks().get(0).configurations().size()).toList(),
                "here the sweep is serial and the pool");
        Adaptive.Step step = steps.get(0);
        assertEquals(6, step.rounds(), "a new size gets a pilot of its own");
        assertEquals(List.of(9, 9), a.steps(t, blocks, b -> 9).stream().map(Adaptive.Step::rounds).toList(),
                "and as many rounds as the sizes around it have had, so as not to cap the crossing's");
        Block added = step.blocks().get(0);
        assertEquals("rangeSum n=320000", added.name(), "the geometric mean of 100,000 and 1,000,000, to two digits");
        assertEquals(List.of("parbench.bench.SerialBench.rangeSum n=320000", "parbench.bench.FixedPoolBench.rangeSum n=320000 workers=cores"),
                added.configurations().stream().map(Configuration::label).toList(), "the sweep's configurations, not other worker counts");
        // a measured size inside the interval: the sizes already bracket it more finely than the rounds, so rounds instead
        Targets.Target spread = new Targets.Target(Targets.Figure.BREAK_EVEN, Workload.RANGE_SUM, 0, "fixed pool",
                new Estimate(200_000, 90_000, 400_000, 6, 0.95), 400 / 90.0, 1.25, List.of(1_000L, 100_000L, 1_000_000L));
        List<Adaptive.Step> rounds = a.steps(spread, Block.of(List.of(serial, pool, big, poolBig,
                new Configuration("parbench.bench.SerialBench.rangeSum", Mode.AverageTime, Map.of("n", "1000"), false),
                new Configuration("parbench.bench.FixedPoolBench.rangeSum", Mode.AverageTime,
                        new java.util.TreeMap<>(Map.of("n", "1000", "workers", "cores")), false))), b -> 6);
        assertTrue(rounds.stream().allMatch(x -> x.blocks().stream().allMatch(b -> b.size() == 1_000 || b.size() == 100_000
                || b.size() == 1_000_000)), "no size added with 100,000 inside [90,000, 400,000]: " + rounds);
        assertEquals(List.of(1, 1, Adaptive.MOST_ROUNDS), rounds.stream().map(Adaptive.Step::rounds).toList(), rounds.toString());
        // sizes already close enough: more rounds of those around it instead
        List<Configuration> closePlan = new java.util.ArrayList<>(List.of(serial, pool, big, poolBig));
        closePlan.addAll(added.configurations());
        List<Block> close = Block.of(closePlan);
        Targets.Target near = new Targets.Target(Targets.Figure.BREAK_EVEN, Workload.RANGE_SUM, 0, "fixed pool",
                new Estimate(200_000, 150_000, 330_000, 6, 0.95), 2.2, 1.25, List.of(100_000L, 320_000L));
        List<Adaptive.Step> more = new Adaptive(new Targets.Goals(1, 1, 4), java.time.Duration.ofMinutes(1), 6, 2).steps(near, close, b -> 6);
        assertEquals(List.of(1, 1, 69), more.stream().map(Adaptive.Step::rounds).toList(),
                "a round of the blocks around it, or of the pool's own configurations there, or 2.2x wide against "
                + "1.25x, (ln 2.2 / ln 1.25)^2 times its 6 rounds of those: " + more);
        for (Adaptive.Step m : more) {
            assertEquals(List.of("rangeSum n=100000", "rangeSum n=320000"), m.blocks().stream().map(Block::name).toList());
        }
    }

    @Test
    void theMemoryBoundTargetGetsRoundsOfSquaresAtItsLength() {
        List<Block> blocks = rangeSumAndSquares(List.of("FixedPoolBench"));
        Targets.Target squares = new Targets.Target(Targets.Figure.SPEEDUP, Workload.SQUARES, 10_000_000, "fixed pool",
                new Estimate(1.8, 1.3, 2.2, 6, 0.95), 28, Targets.Goals.DEFAULT.memorySpeedupPercent(), List.of(10_000_000L));
        Adaptive a = new Adaptive(Targets.Goals.DEFAULT, java.time.Duration.ofMinutes(10), 2, 2);
        List<Adaptive.Step> steps = a.steps(squares, blocks, b -> 6);
        assertFalse(steps.isEmpty());
        for (Adaptive.Step s : steps) {
            assertEquals(List.of("squares length=10000000"), s.blocks().stream().map(Block::name).toList(), steps.toString());
        }
        Adaptive.Choice choice = a.nextOf(new parbench.analysis.Targets(Targets.Goals.DEFAULT, List.of(squares)), blocks, 0,
                b -> 3, b -> 6);
        assertTrue(choice.why().contains("fixed pool's speedup at squares 10,000,000 (±28.0%, goal ±10%)"), choice.why());
        assertTrue(a.goalsText().contains("±10% on the memory-bound one"), a.goalsText());
    }

    @Test
    void theMemoryBoundHeadlineGoesFirstThenATargetThatRoundsCanMeetBeatsNarrowingTheShares() {
        List<Block> blocks = rangeSumAndSquares(List.of("FixedPoolBench", "QueueWorkersBench"));
        List<Targets.Target> targets = headline(new Estimate(0.95, 0.93, 0.97, 30, 0.95), 2);
        targets.add(new Targets.Target(Targets.Figure.SPEEDUP, Workload.SQUARES, 10_000_000, "fixed pool",
                new Estimate(1.8, 1.5, 2.1, 6, 0.95), 20, 10, List.of(10_000_000L)));
        Targets all = new parbench.analysis.Targets(Targets.Goals.DEFAULT, targets);
        Adaptive a = new Adaptive(Targets.Goals.DEFAULT, java.time.Duration.ofMinutes(10), 2, 2);
        java.util.function.ToIntFunction<Block> rounds = b -> b.workload().orElseThrow() == Workload.SQUARES ? 6 : 30;
        for (int i = 0; i < Adaptive.FIRST_ROUNDS; i++) {
            Adaptive.Choice first = a.nextOf(all, blocks, 0, b -> b.configurations().size(), rounds);
            assertTrue(first.why().contains("next: a round of fixed pool and its references (serial, the ceiling) alone at "
                    + "squares length=10000000 for fixed pool's speedup at squares 10,000,000 (±20.0%, goal ±10%) "
                    + "(the memory-bound headline goes first)"), first.why());
        }
        Adaptive.Choice choice = a.nextOf(all, blocks, 0, b -> b.configurations().size(), rounds);
        // then by what a second buys: a round of the headline block narrows its four figures from 2 to 1.97 times their
        // goals (0.065 a second); 18 rounds of the pool with its references at squares should meet the memory-bound goal
        // (0.074 a second; 0.037 if meeting it were worth as much as narrowing from twice the goal to the goal)
        assertTrue(choice.why().contains("next: 18 rounds of fixed pool and its references (serial, the ceiling) alone at "
                + "squares length=10000000") && !choice.why().contains("goes first"), choice.why());
        assertTrue(a.nextOf(all, blocks, 598, b -> b.configurations().size(), rounds).step().isEmpty(),
                "no round of 3 s fits in the last 2 s of the budget");
    }

    @Test
    void aFarTargetCanHaveARoundOfItsOwnStrategyWithItsReferencesAlone() {
        List<Configuration> plan = new java.util.ArrayList<>();
        for (String b : List.of("SerialBench", "CeilingBench", "FixedPoolBench", "QueueWorkersBench", "ColdProcessesBench")) {
            Map<String, String> params = new java.util.TreeMap<>(Map.of("n", "50000000"));
            if (!b.equals("SerialBench") && !b.equals("CeilingBench")) {
                params.put("workers", "cores");
            }
            plan.add(new Configuration("parbench.bench." + b + ".rangeSum", Mode.AverageTime, params, b.equals("CeilingBench")));
        }
        List<Block> blocks = Block.of(plan);
        Targets.Target queue = new Targets.Target(Targets.Figure.SHARE, Workload.RANGE_SUM, 50_000_000, "queue workers",
                new Estimate(0.95, 0.92, 0.98, 6, 0.95), 3, 1, List.of(50_000_000L));
        Targets.Target pool = new Targets.Target(Targets.Figure.SHARE, Workload.RANGE_SUM, 50_000_000, "fixed pool",
                new Estimate(0.95, 0.94, 0.9605, 6, 0.95), 1.05, 1, List.of(50_000_000L));
        Adaptive a = new Adaptive(Targets.Goals.DEFAULT, java.time.Duration.ofMinutes(10), 6, 2);
        List<Adaptive.Step> steps = a.steps(queue, blocks, b -> 6);
        assertEquals(List.of(4, 3, 3), steps.stream().map(s -> s.blocks().get(0).configurations().size()).toList(),
                "the block's headline figures (no processes), or serial, the ceiling and queue workers, for a round or until its goal");
        assertEquals(List.of("parbench.bench.SerialBench.rangeSum n=50000000", "parbench.bench.CeilingBench.rangeSum n=50000000",
                "parbench.bench.QueueWorkersBench.rangeSum n=50000000 workers=cores"),
                steps.get(1).blocks().get(0).configurations().stream().map(Configuration::label).toList());
        assertEquals(List.of(1, 1, 48), steps.stream().map(Adaptive.Step::rounds).toList(), "3 times its goal: 9 times its 6 rounds");
        List<Targets.Target> unmet = List.of(queue, pool);
        assertTrue(Adaptive.gain(steps.get(0), unmet, b -> 6) > Adaptive.gain(steps.get(1), unmet, b -> 6),
                "the whole block also narrows the pool's share");
        assertEquals(Adaptive.gain(steps.get(1), List.of(queue), b -> 6), Adaptive.gain(steps.get(1), unmet, b -> 6), 1e-12,
                "its own step narrows the queue's alone");
        assertEquals(3 - 1 + Adaptive.MET + 3 - Adaptive.WORST, Adaptive.gain(steps.get(2), List.of(queue), b -> 6), 1e-12,
                "and should meet it, its narrowing beyond twice the goal counting twice");
        // one second a fork: the pool's share, a round from its goal, gets that round of its own (3 s)
        Targets.Target queueNear = new Targets.Target(Targets.Figure.SHARE, Workload.RANGE_SUM, 50_000_000, "queue workers",
                new Estimate(0.95, 0.93, 0.97, 6, 0.95), 2, 1, List.of(50_000_000L));
        Adaptive.Choice choice = a.nextOf(new parbench.analysis.Targets(Targets.Goals.DEFAULT, List.of(queueNear, pool)), blocks, 0,
                b -> b.configurations().size(), b -> 6);
        assertEquals(3, choice.step().orElseThrow().blocks().get(0).configurations().size(), choice.why());
        assertTrue(choice.why().contains("a round of fixed pool and its references (serial, the ceiling) alone at "
                + "rangeSum n=50000000"), choice.why());
        // without it, the queue's share at three times its goal has a round of its own (0.148 a second) before the
        // block's (0.139, the pool's narrowing too): beyond twice the goal its narrowing counts twice (else 0.074 against 0.083)
        Targets.Target poolFar = new Targets.Target(Targets.Figure.SHARE, Workload.RANGE_SUM, 50_000_000, "fixed pool",
                new Estimate(0.95, 0.935, 0.965, 6, 0.95), 1.5, 1, List.of(50_000_000L));
        Adaptive.Choice wide = a.nextOf(new parbench.analysis.Targets(Targets.Goals.DEFAULT, List.of(queue, poolFar)), blocks, 0,
                b -> b.configurations().size(), b -> 6);
        assertEquals(3, wide.step().orElseThrow().blocks().get(0).configurations().size(), wide.why());
        assertTrue(wide.why().contains("queue workers and its references"), wide.why());
    }

    @Test
    void aBreakEvenWithoutAnUpperEndDoesNotTakeTheBudgetFromTheHeadline() {
        List<Configuration> plan = new java.util.ArrayList<>();
        for (String n : List.of("100000", "1000000", "50000000")) {
            for (String b : List.of("SerialBench", "FixedPoolBench", "QueueWorkersBench")) {
                plan.add(new Configuration("parbench.bench." + b + ".rangeSum", Mode.AverageTime, b.equals("SerialBench")
                        ? Map.of("n", n) : new java.util.TreeMap<>(Map.of("n", n, "workers", "cores")), false));
            }
        }
        plan.add(new Configuration("parbench.bench.CeilingBench.rangeSum", Mode.AverageTime, Map.of("n", "50000000"), true));
        List<Block> blocks = Block.of(plan);
        List<Targets.Target> targets = headline(new Estimate(0.95, 0.92, 0.98, 6, 0.95), 3);
        targets.add(new Targets.Target(Targets.Figure.BREAK_EVEN, Workload.RANGE_SUM, 0, "fixed pool",
                new Estimate(200_000, 100_000, Double.POSITIVE_INFINITY, 6, 0.95), Double.POSITIVE_INFINITY, 1.25,
                List.of(100_000L, 1_000_000L, 50_000_000L)));
        Adaptive a = new Adaptive(Targets.Goals.DEFAULT, java.time.Duration.ofMinutes(10), 6, 2);
        Adaptive.Choice choice = a.nextOf(new parbench.analysis.Targets(Targets.Goals.DEFAULT, targets), blocks, 0,
                b -> b.configurations().size(), b -> 6);
        assertEquals(List.of("rangeSum n=50000000"), choice.step().orElseThrow().blocks().stream().map(Block::name).toList(),
                "the headline block: " + choice.why());
        assertEquals(4, choice.step().orElseThrow().blocks().get(0).configurations().size(),
                "whole (0.82 a second), not the pool alone with its references, which also feeds the open bracket "
                + "(0.79; 5.2 against 4.2 if that counted as 100 times its goal): " + choice.why());
        Adaptive.Choice alone = a.nextOf(new parbench.analysis.Targets(Targets.Goals.DEFAULT, targets.subList(4, 5)), blocks, 0,
                b -> b.configurations().size(), b -> 6);
        assertTrue(alone.why().contains("fixed pool's break-even (no upper end yet, goal 1.25x)"), "said in words, not "
                + "as Infinityx: " + alone.why());
    }

    @Test
    void aStepPromisesWhatOneMoreRoundNarrows() {
        Configuration serial = new Configuration("parbench.bench.SerialBench.rangeSum", Mode.AverageTime, Map.of("n", "50000000"), false);
        List<Configuration> plan = List.of(serial, new Configuration("parbench.bench.FixedPoolBench.rangeSum", Mode.AverageTime,
                new java.util.TreeMap<>(Map.of("n", "50000000", "workers", "cores")), false),
                new Configuration("parbench.bench.QueueWorkersBench.rangeSum", Mode.AverageTime,
                new java.util.TreeMap<>(Map.of("n", "50000000", "workers", "cores")), false));
        Block block = Block.of(plan).get(0);
        Targets.Target share = new Targets.Target(Targets.Figure.SHARE, Workload.RANGE_SUM, 50_000_000, "fixed pool",
                new Estimate(0.95, 0.92, 0.97, 6, 0.95), 3, 1, List.of(50_000_000L));
        Adaptive.Step step = new Adaptive.Step(List.of(block), 1, share);
        assertEquals(2 * (3 - 3 * Math.sqrt(6 / 7.0)), Adaptive.gain(step, List.of(share), b -> 6), 1e-12,
                "from 3 times its goal to 2.78 times, beyond twice it, so counted twice");
        Targets.Target almost = new Targets.Target(Targets.Figure.SHARE, Workload.RANGE_SUM, 50_000_000, "queue workers",
                new Estimate(0.95, 0.94, 0.9605, 6, 0.95), 1.05, 1, List.of(50_000_000L));
        assertEquals(0.05 + Adaptive.MET, Adaptive.gain(step, List.of(almost), b -> 6), 1e-12,
                "no credit for narrowing past the goal, and MET for meeting it");
        Targets.Target open = new Targets.Target(Targets.Figure.BREAK_EVEN, Workload.RANGE_SUM, 0, "fixed pool",
                new Estimate(2e7, 1e7, Double.POSITIVE_INFINITY, 6, 0.95), Double.POSITIVE_INFINITY, 1.25, List.of(50_000_000L));
        double both = Adaptive.gain(step, List.of(share, open), b -> 6);
        assertTrue(Double.isFinite(both) && both > Adaptive.gain(step, List.of(share), b -> 6),
                "a break-even without an upper end still counts, and does not make the step's gain NaN: " + both);
        assertEquals(320_000, Adaptive.twoDigits(Math.sqrt(1e5 * 1e6)));
        assertEquals(180_000, Adaptive.twoDigits(Math.sqrt(1e5 * 3.2e5)));
    }

    @Test
    void badBudgetsAndTargetsAreOneLineErrors() {
        for (String[] args : List.of(new String[] {"--budget", "10x"}, new String[] {"--budget", "0s"},
                new String[] {"--target", "0"}, new String[] {"--target", "much"}, new String[] {"--bracket", "1"},
                new String[] {"--budget", "5m", "-f", "3"})) {
            CliRun o = CliRun.of(args);
            assertEquals(2, o.status(), String.join(" ", args) + ": " + o.out() + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertFalse(o.err().contains("Exception"), o.err());
        }
        assertTrue(CliRun.of("--budget", "5m", "-f", "3").err().contains("-f 3 asks for exactly that many rounds"));
        assertEquals(Optional.of(java.time.Duration.ofSeconds(90)), SuiteArguments.parse(List.of("--budget", "1.5m")).budget());
    }

    /** Serial, the ceiling and these strategies at workers = cores, at range sum's and squares' headline sizes. */
    private static List<Block> rangeSumAndSquares(List<String> strategies) {
        List<Configuration> plan = new java.util.ArrayList<>();
        for (String w : List.of("rangeSum", "squares")) {
            String size = w.equals("rangeSum") ? "n" : "length";
            String at = w.equals("rangeSum") ? "50000000" : "10000000";
            plan.add(new Configuration("parbench.bench.SerialBench." + w, Mode.AverageTime, Map.of(size, at), false));
            plan.add(new Configuration("parbench.bench.CeilingBench." + w, Mode.AverageTime, Map.of(size, at), true));
            for (String b : strategies) {
                plan.add(new Configuration("parbench.bench." + b + "." + w, Mode.AverageTime,
                        new java.util.TreeMap<>(Map.of(size, at, "workers", "cores")), false));
            }
        }
        return Block.of(plan);
    }

    /** The pool's and the queue's share and speedup at range sum's headline, each this estimate, this far from a goal of 1. */
    private static List<Targets.Target> headline(Estimate e, double reached) {
        List<Targets.Target> targets = new java.util.ArrayList<>();
        for (String s : List.of("fixed pool", "queue workers")) {
            for (Targets.Figure f : List.of(Targets.Figure.SHARE, Targets.Figure.SPEEDUP)) {
                targets.add(new Targets.Target(f, Workload.RANGE_SUM, 50_000_000, s, e, reached, 1, List.of(50_000_000L)));
            }
        }
        return targets;
    }
}
