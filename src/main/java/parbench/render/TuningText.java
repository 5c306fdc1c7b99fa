package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parbench.analysis.TuningEffects;
import parbench.analysis.TuningEffects.Effect;
import parbench.analysis.TuningEffects.Relation;
import parbench.stats.Estimate;
import parbench.work.Tuning;

/**
 * "What the tuning is worth": each tuning of the pool and manual threads against the declared
 * policy, beside what switching to the fastest mechanism would give, and in a sentence a line which
 * of the two moves the strategy more.
 */
final class TuningText implements ReportSection {
    /** The policy every strategy is ranked under, in words: what the verdict and this section name. */
    static final String POLICY = "one equal chunk per worker, the calling thread waits, no spin; "
            + "streams and fork/join split as their APIs do, and their caller joins the work";

    private final TuningEffects effects;

    TuningText(TuningEffects effects) {
        this.effects = effects;
    }

    @Override
    public void write(Markdown md) {
        if (effects.isEmpty()) {
            return;
        }
        List<Tuning> columns = columns();
        md.line("## What the tuning is worth").line("");
        md.line("Every strategy is ranked under one declared policy: " + POLICY + ". The pool and manual threads were also "
                + "measured with the tuning choices of the columns: chunks that shrink as the work runs out (guided split), "
                + "a caller that takes a chunk itself (caller works), and a brief spin before the caller blocks (spin, "
                + "only where a processor is left for the spinning caller: beside as many workers as cores, only a caller "
                + "that works spins). An effect is the declared policy's time over the tuned time, paired by round: above 1× the "
                + "tuning is faster. The gap is the declared strategy's time over the fastest mechanism's at that size: what "
                + "switching mechanism, not tuning, would give it.").line("");
        StringBuilder head = new StringBuilder("| strategy | n | speedup, declared policy |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (Tuning t : columns) {
            head.append(' ').append(t.label()).append(" |");
            rule.append("---|");
        }
        md.line(head + " gap to the fastest mechanism |").line(rule + "---|");
        for (TuningEffects.Strategy s : effects.strategies()) {
            md.line(row(s, columns));
        }
        md.line("");
        for (TuningEffects.Strategy s : effects.strategies()) {
            md.line("- " + sentence(s));
        }
        md.line("");
    }

    private List<Tuning> columns() {
        List<Tuning> columns = new ArrayList<>();
        effects.strategies().forEach(s -> s.effects().stream().map(Effect::tuning).filter(t -> !columns.contains(t))
                .forEach(columns::add));
        return columns;
    }

    private static String row(TuningEffects.Strategy s, List<Tuning> columns) {
        StringBuilder r = new StringBuilder("| " + s.series().label() + " | " + Format.count(s.size()) + " | "
                + s.speedup().map(x -> Format.ratio(x, "×")).orElse("–") + " |");
        for (Tuning t : columns) {
            Optional<Effect> e = s.effects().stream().filter(x -> x.tuning().equals(t)).findFirst();
            r.append(' ').append(e.map(x -> Format.ratio(x.effect(), "×")).orElse("–")).append(" |");
        }
        return r + " " + gap(s) + " |";
    }

    private static String gap(TuningEffects.Strategy s) {
        return s.gap().map(g -> Format.ratio(g, "×") + " (" + s.fastest().label() + ")").orElse("none: it is the fastest");
    }

    /** Which moves the strategy more at this size, the largest tuning or the choice of mechanism, as its intervals allow. */
    static String sentence(TuningEffects.Strategy s) {
        Effect e = s.largest();
        String what = "**" + s.series().label() + " at " + Format.count(s.size()) + "**: " + e.tuning().label() + " "
                + moves(e.effect()) + " it " + Format.ratio(e.effect(), "×");
        if (s.gap().isEmpty()) {
            return what + (s.relation() == Relation.TUNING_MORE ? "" : ", an interval that holds 1×")
                    + "; it is already the fastest mechanism here, so only tuning can move it.";
        }
        String gap = "the gap to the fastest mechanism (" + s.fastest().label() + ", " + Format.ratio(s.gap().get(), "×") + ")";
        if (s.relation() == Relation.TUNING_MORE) {
            return what + ", more than " + gap + ": here the tuning matters more than the choice of mechanism.";
        }
        if (s.relation() == Relation.MECHANISM_MORE) {
            return what + ", less than " + gap + ": here the choice of mechanism matters more than its tuning.";
        }
        return what + ", and " + gap + " overlaps it: this run cannot say which matters more.";
    }

    private static String moves(Estimate effect) {
        if (effect.lo() > 1) {
            return "speeds";
        }
        return effect.hi() < 1 ? "slows" : "moves";
    }
}
