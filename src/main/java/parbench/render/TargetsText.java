package parbench.render;

import java.util.List;
import java.util.Locale;
import parbench.analysis.Targets;
import parbench.analysis.Targets.Target;
import parbench.machine.MachineRecord;

/** How precise the headline figures came out against the goals the run aimed at, and where its forks went. */
final class TargetsText implements ReportSection {
    private final Targets targets;
    private final MachineRecord.Design design;
    private Markdown md;

    /** @param design null for a run from before blocks, or of JMH's own order */
    TargetsText(Targets targets, MachineRecord.Design design) {
        this.targets = targets;
        this.design = design;
    }

    @Override
    public void write(Markdown md) {
        this.md = md;
        if (targets.targets().isEmpty()) {
            return;
        }
        line("## How precise: the headline figures against their goals");
        line("");
        line(design == null ? "This run predates the goals; its figures are shown against the default ones."
                : design.adaptive() ? adaptive(design, targets) : fixed(design));
        line("");
        line("| figure | strategy | at | estimate (95% CI) | reached | goal | | rounds it had, and would need |"
                + " minutes more it would need here |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (Target t : targets.targets()) {
            line("| " + figure(t) + " | " + t.strategy() + " | " + at(t) + " | " + estimate(t) + " | " + reached(t.reached(), t)
                    + " | " + reached(t.goal(), t) + " | " + (t.met() ? "met" : "**missed**") + " | " + rounds(t) + " | "
                    + more(targets, t) + " |");
        }
        line("");
        line("An interval narrows as 1 / √rounds, so a target missed by a factor d needs about d² times its rounds; "
                + "the last column prices the rounds it lacks at what a round of its configurations took in this run, "
                + "which is about what `--budget` would have to add for it alone. Where that is far beyond the budget, "
                + "the goal is finer than this host's fork-to-fork noise allows in the time given, and `--budget` or "
                + "`--target` says what to trade.");
        line("");
        if (design != null) {
            line(forks(design));
            line("");
        }
    }

    private static String adaptive(MachineRecord.Design d, Targets t) {
        boolean completes = d.pilotRounds() != null && d.pilotRounds() < parbench.analysis.RowMedian.FEWEST_FORKS;
        return String.format(Locale.ROOT, "An adaptive run: a pilot of %d rounds of every block (a workload at one size)%s, "
                + "then rounds of the blocks whose figures were furthest from their goals, and sizes added around the "
                + "break-evens%s, within a budget of %s. The rounds took %s%s; %s. %d of %d targets met.",
                d.pilotRounds(), d.pilotSeconds() == null ? "" : " in " + minutes(d.pilotSeconds()),
                completes ? ", and last the rounds that give every configuration " + parbench.analysis.RowMedian.FEWEST_FORKS
                        + " forks, the fewest for an interval of its own" : "",
                minutes(d.budgetSeconds()), minutes(d.wallSeconds()),
                d.budgetSeconds() != null && d.wallSeconds() > d.budgetSeconds() + 5 ? " (more than the budget: the pilot"
                        + (completes ? " and the rounds that complete every configuration run whole" : " runs whole, since its "
                        + "rounds are the fewest that give every figure an interval") + ", and here they took longer)" : "",
                d.stopped() == null ? "stopped before the adaptive rounds" : d.stopped().replaceFirst("^.*: ", ""),
                t.met(), t.targets().size());
    }

    private static String fixed(MachineRecord.Design d) {
        int rounds = d.blocks().stream().mapToInt(MachineRecord.BlockRounds::rounds).max().orElse(0);
        return "Rounds given with -f: " + rounds + " of every block, in " + minutes(d.wallSeconds())
                + "; the figures are shown against the default goals.";
    }

    private static String forks(MachineRecord.Design d) {
        StringBuilder s = new StringBuilder("Rounds per block (the most any configuration in it had: the pilot's rounds "
                + "ran one fork of each, a later round may run one strategy with serial and the ceiling alone; the "
                + "\"forks\" of each row of the JSON file say how many each got): ");
        List<String> parts = d.blocks().stream().map(b -> b.block() + (b.added() ? " (added)" : "") + " " + b.rounds()).toList();
        return s.append(String.join("; ", parts)).append('.').toString();
    }

    private static String rounds(Target t) {
        int n = t.estimate().n();
        return t.roundsNeeded().isEmpty() ? String.valueOf(n) : n + "; about " + t.roundsNeeded().getAsLong();
    }

    /** "about 9 min (--budget 23m)": what the target's missing rounds would take here; "–" where met or unknown. */
    private String more(Targets targets, Target t) {
        java.util.OptionalDouble m = targets.minutesMore(t);
        if (m.isEmpty()) {
            return "–";
        }
        long extra = Math.max(1, Math.round(m.getAsDouble()));
        return design == null || design.budgetSeconds() == null ? "about " + extra + " min"
                : "about " + extra + " min (`--budget " + (Math.round(design.budgetSeconds() / 60) + extra) + "m`)";
    }

    private static String minutes(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private static String figure(Target t) {
        return switch (t.figure()) {
            case SHARE -> "share of the ceiling";
            case SPEEDUP -> "speedup";
            case BREAK_EVEN -> "break-even";
        };
    }

    private static String at(Target t) {
        return t.figure() == Targets.Figure.BREAK_EVEN ? t.workload().title + ", workers = cores"
                : t.workload().title + " " + Format.count(t.size());
    }

    private static String estimate(Target t) {
        return switch (t.figure()) {
            case SHARE -> Format.percent(t.estimate());
            case SPEEDUP -> Format.ratio(t.estimate(), "×");
            case BREAK_EVEN -> Format.sizeRange(t.estimate());
        };
    }

    private static String reached(double x, Target t) {
        if (!Double.isFinite(x)) {
            return "no interval";
        }
        return switch (t.figure()) {
            case SHARE -> String.format(Locale.ROOT, "±%.1f points", x);
            case SPEEDUP -> String.format(Locale.ROOT, "±%.1f%%", x);
            case BREAK_EVEN -> String.format(Locale.ROOT, "%.2f×", x);
        };
    }

    private void line(String s) {
        md.line(s);
    }
}
