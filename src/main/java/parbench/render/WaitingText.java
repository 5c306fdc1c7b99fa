package parbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import parbench.analysis.PoolOptimum;
import parbench.analysis.WaitingWork;
import parbench.analysis.WaitingWork.Batch;
import parbench.analysis.WaitingWork.RealCall;
import parbench.analysis.WaitingWork.Share;
import parbench.analysis.WaitingWork.Standing;
import parbench.catalog.Bench;
import parbench.stats.Estimate;
import parbench.work.MixedWork;

/**
 * The report's "Waiting work" section: what was measured, the chart, one verdict sentence, the
 * measured optimum against Goetz's rule per wait share, the real blocking call beside parking, and
 * the batches of many waiting tasks. It words the analysis's figures; it computes none.
 */
final class WaitingText implements ReportSection {
    private final WaitingWork w;
    private final ChartLinks links;
    private Markdown md;

    WaitingText(WaitingWork w, ChartLinks links) {
        this.w = w;
        this.links = links;
    }

    @Override
    public void write(Markdown out) {
        md = out;
        line("## Waiting work: how many threads, and when virtual threads pay");
        line("");
        if (!w.shares().isEmpty()) {
            sweep();
        }
        realCalls();
        batches();
    }

    private void sweep() {
        double c = w.shares().get(0).computeMicros();
        line("Tasks that compute for C, the range-sum kernel over " + elements(c) + ", and then park for W, at a wait share "
                + "W / (W + C) per line. Throughput is tasks finished a second over a steady stream of " + MixedWork.IN_FLIGHT
                + " tasks in flight, each replaced as it finishes (no batch, so no half-empty last wave to make a false "
                + "optimum): the median over forks with its 95% interval. Goetz's rule is cores × U × (1 + W / C) with U = 1 "
                + "(Java Concurrency in Practice, 8.2), here " + w.cores() + " × (1 + W / C).");
        line("");
        links.link(md, WaitingChart.SUFFIX);
        line("**Verdict:** " + verdict());
        line("");
        line("| wait share | W set; W got, C got (smallest pool) | measured best pool size | its tasks a second | Goetz's rule | "
                + "measured / rule | rule with W and C got | virtual threads / best pool | supplyAsync, no executor / best pool |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (Share s : w.shares()) {
            line("| " + s.waitPercent() + "%" + (computesDiffer() ? " (C = " + Format.sig(s.computeMicros()) + " µs)" : "")
                    + " | " + Format.time(s.waitMicros() / 1e6) + "; " + s.achievedWait().map(WaitingText::micros).orElse("–")
                    + ", " + s.achievedCompute().map(WaitingText::micros).orElse("–")
                    + " | " + s.optimum().map(WaitingText::best).orElse("–") + " | "
                    + s.optimum().map(o -> perSecond(o.bestThroughput()) + " (at " + o.best() + ")").orElse("–") + " | "
                    + threads(s.rule()) + " | " + s.optimum().map(WaitingText::ratio).orElse("–") + " | "
                    + (s.ruleAchieved().isPresent() ? threads(s.ruleAchieved().getAsDouble()) : "–") + " | "
                    + s.virtualThreads().map(WaitingText::versus).orElse(virtualMissing()) + " | "
                    + s.futures().map(WaitingText::versus).orElse("–") + " |");
        }
        line("");
        line("The measured best is the smallest pool whose median lies within the fastest pool's 95% interval: more "
                + "threads buy nothing this run can see, and the sizes from there up to the last one within it are a flat "
                + "top. The pool size measured just below is slower, so the knee lies above it: \"(8, 16]\". The rule holds "
                + "where its size falls in that bracket. W got and C got are what the smallest pool's tasks measured: W "
                + "with the timer's slack and the wake-up, C as the forks' JIT ran the kernel, each with any wait for a "
                + "processor, least at the smallest pool (with many threads ready, a task waits again for a core); the "
                + "rule with them is what the rule says for what tasks really get. A ratio's interval that holds 1 is a "
                + "tie (\"matches\").");
        line("");
    }

    /** One sentence: where the rule holds, where it is off, and from which share virtual threads pay. */
    String verdict() {
        List<String> parts = new ArrayList<>();
        List<Share> known = w.shares().stream().filter(s -> s.optimum().isPresent() && Double.isFinite(s.rule())).toList();
        List<String> holds = known.stream().filter(s -> s.optimum().get().fit() == PoolOptimum.Fit.HOLDS)
                .map(s -> s.waitPercent() + "%").toList();
        if (!holds.isEmpty()) {
            parts.add("Goetz's rule holds at " + and(holds) + " waiting");
        }
        List<String> many = known.stream().filter(s -> s.optimum().get().fit() == PoolOptimum.Fit.TOO_MANY).map(s -> {
            PoolOptimum o = s.optimum().get();
            return s.waitPercent() + "% (" + threads(s.rule()) + " threads where " + o.smallest() + " reached the top"
                    + (o.ruleOnTop(s.pools().lastKey()) ? ", which is flat there: the extra threads cost memory, not speed)"
                            : ", and past the top more threads lose speed)");
        }).toList();
        if (!many.isEmpty()) {
            parts.add((parts.isEmpty() ? "Goetz's rule" : "it") + " asks for more threads than the cores need at " + and(many));
        }
        List<String> few = known.stream().filter(s -> s.optimum().get().fit() == PoolOptimum.Fit.TOO_FEW)
                .map(s -> s.waitPercent() + "% (" + threads(s.rule()) + " threads, where " + s.optimum().get().below().getAsInt()
                        + " was still measurably slower than the best)").toList();
        if (!few.isEmpty()) {
            parts.add((parts.isEmpty() ? "Goetz's rule" : "it") + " asks for too few at " + and(few));
        }
        List<String> unknown = known.stream().filter(s -> s.optimum().get().fit() == PoolOptimum.Fit.UNKNOWN)
                .map(s -> s.waitPercent() + "%").toList();
        if (!unknown.isEmpty()) {
            parts.add("at " + and(unknown) + " the pools had too few forks for an interval, so where the rule stands "
                    + "is not known (the table names the fastest size alone)");
        }
        parts.add(virtualClause());
        String sentence = String.join("; ", parts) + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private String virtualClause() {
        if (!w.shares().stream().anyMatch(s -> s.virtualThreads().isPresent())) {
            return virtualMissingWhy();
        }
        if (w.shares().stream().anyMatch(s -> s.virtualThreads().filter(v -> v.standing() == Standing.UNKNOWN).isPresent())) {
            return "virtual threads had too few forks for an interval against the best pool";
        }
        if (w.virtualFrom().isEmpty()) {
            return "virtual threads fall short of the best pool at " + and(w.shares().stream().filter(s -> s.virtualThreads()
                    .filter(v -> v.standing() == Standing.BELOW).isPresent()).map(s -> s.waitPercent() + "%").toList())
                    + " waiting";
        }
        List<String> beats = w.shares().stream().filter(s -> s.virtualThreads().filter(v -> v.standing() == Standing.BEATS)
                .isPresent()).map(s -> s.waitPercent() + "%").toList();
        return "virtual threads match or beat the best pool from " + w.virtualFrom().getAsInt() + "% waiting on"
                + (beats.isEmpty() ? " (a tie, within the intervals)" : " (beating it at " + and(beats) + ")");
    }

    private String virtualMissingWhy() {
        return w.jdkFeature() > 0 && w.jdkFeature() < 21 ? "virtual threads were not measured: the forks ran JDK "
                + w.jdkFeature() + ", and virtual threads need JDK 21 or later (-jvm /path/to/jdk-21+/bin/java measures them)"
                : "virtual threads were not measured in this run";
    }

    private String virtualMissing() {
        return w.jdkFeature() > 0 && w.jdkFeature() < 21 ? "not measured (JDK " + w.jdkFeature() + ")" : "–";
    }

    private void realCalls() {
        if (w.realCalls().isEmpty()) {
            return;
        }
        line("### A real blocking call: a loopback round trip answered after W");
        line("");
        line("The same tasks, blocking in a socket read until a server in the same JVM answers after W (one selector "
                + "thread reads the requests, one timer thread answers): the task's own number comes back and is checked. "
                + "W got adds the loopback's round trip and the server's turn for a processor to parking's slack, and, "
                + "where the cores are saturated, the wait for one once the answer is in (" + MixedWork.IN_FLIGHT
                + " tasks in flight queue for them).");
        line("");
        line("| wait share | executor | socket: tasks a second | socket: W got | parking: tasks a second | parking: W got | socket / parking |");
        line("|---|---|---|---|---|---|---|");
        for (RealCall r : w.realCalls()) {
            line("| " + r.waitPercent() + "% | " + executor(r.bench(), r.poolSize().isPresent() ? r.poolSize().getAsInt() : 0)
                    + " | " + perSecond(r.socket().throughput()) + " | " + micros(r.socket().waitedMicros()) + " | "
                    + r.parked().map(p -> perSecond(p.throughput())).orElse("–") + " | "
                    + r.parked().map(p -> micros(p.waitedMicros())).orElse("–") + " | "
                    + r.ratio().map(x -> Format.ratio(x, "×")).orElse("–") + " |");
        }
        line("");
    }

    private void batches() {
        if (w.batches().isEmpty()) {
            return;
        }
        Batch first = w.batches().get(0);
        line("### " + Format.count(first.tasks()) + " tasks that wait " + threads(first.waitMillis()) + " ms each and compute "
                + threads(first.computeMicros()) + " µs");
        line("");
        line("All submitted at once, then joined and checked. Time per batch; the process's peak resident memory during a "
                + "batch above what the fork held before the executor was made (Linux's VmHWM and VmRSS), where every "
                + "platform thread's stack counts; and the most platform threads alive. The fork's heap is fixed and touched in "
                + "full at its start, so a virtual thread's stack, a heap object, costs heap there, not resident memory. "
                + "Medians over forks with their 95% intervals; the least possible time is the waves' waits or the computing "
                + "over the cores, whichever is longer.");
        line("");
        line("| executor | threads | time per batch | least possible | resident memory above the fork's start | platform threads at peak |");
        line("|---|---|---|---|---|---|");
        for (Batch b : w.batches()) {
            line("| " + batchExecutor(b) + " | " + (b.poolSize().isPresent() ? Format.count(b.poolSize().getAsInt())
                    : "one per task") + " | " + Format.timeRange(b.secondsPerBatch()) + " | "
                    + Format.time(b.idealSeconds(w.cores())) + " | " + mebibytes(b.residentMiB()) + " | "
                    + (b.peakThreads().hasSamples() ? Format.count(Math.round(b.peakThreads().value())) : "–") + " |");
        }
        if (w.batches().stream().noneMatch(b -> b.bench() == Bench.MANY_WAITING_VIRTUAL_THREADS)) {
            line("| a virtual thread per task | – | " + virtualMissing() + " | | | |");
        }
        line("");
    }

    private String batchExecutor(Batch b) {
        if (b.bench() == Bench.MANY_WAITING_VIRTUAL_THREADS) {
            return "a virtual thread per task";
        }
        return b.ruleSized() ? "fixed pool by Goetz's rule, " + w.cores() + " × (1 + " + threads(b.waitMillis()) + " ms / "
                + threads(b.computeMicros()) + " µs)" : b.poolSize().orElse(0) == 200
                        ? "fixed pool of 200, a servlet container's default" : "fixed pool";
    }

    private static String executor(Bench b, int poolSize) {
        return b == Bench.WAITING_POOL ? "fixed pool of " + poolSize : b == Bench.WAITING_VIRTUAL_THREADS
                ? "a virtual thread per task" : "supplyAsync, no executor";
    }

    private String elements(double computeMicros) {
        if (w.elementsPerMicro().isEmpty()) {
            return "as many elements as take " + Format.sig(computeMicros) + " µs (each fork measured the kernel's speed itself)";
        }
        double speed = w.elementsPerMicro().getAsDouble();
        return Format.count(MixedWork.elements(speed, computeMicros)) + " elements, C = " + Format.sig(computeMicros) + " µs at "
                + Format.count(Math.round(speed)) + " elements a microsecond (measured once for every fork; the machine record keeps it)";
    }

    private boolean computesDiffer() {
        return w.shares().stream().map(Share::computeMicros).distinct().count() > 1;
    }

    /** "16: knee in (8, 16], flat to 64". */
    private static String best(PoolOptimum o) {
        if (!o.intervalKnown()) {
            return o.best() + ", the fastest (no interval: too few forks)";
        }
        String knee = o.openAbove() ? "≥ " + o.smallest() + ", still rising at the largest size measured"
                : o.below().isPresent() ? "knee in (" + o.below().getAsInt() + ", " + o.smallest() + "]"
                        : "≤ " + o.smallest() + ", the smallest measured";
        String top = o.largestWithin() > o.smallest() ? ", flat to " + o.largestWithin() : "";
        return o.smallest() + ": " + knee + top;
    }

    /** "0.80 (0.40, 0.80]": the optimum over the rule, with the knee's bracket. */
    private static String ratio(PoolOptimum o) {
        String r = twoPlaces(o.ratio());
        if (!o.intervalKnown()) {
            return r + " [?]";
        }
        if (o.openAbove()) {
            return "≥ " + r;
        }
        return r + (o.ratioBelow().isPresent() ? " (" + twoPlaces(o.ratioBelow().getAsDouble()) + ", " + r + "]" : "");
    }

    private static String twoPlaces(double x) {
        return String.format(Locale.ROOT, x >= 10 ? "%,.0f" : "%.2f", x);
    }

    private static String versus(WaitingWork.Versus v) {
        String word = v.standing() == Standing.BEATS ? ", beats" : v.standing() == Standing.MATCHES ? ", matches"
                : v.standing() == Standing.BELOW ? ", below" : "";
        return Format.ratio(v.ratio(), "×") + word;
    }

    static String perSecond(Estimate e) {
        String v = String.format(Locale.ROOT, "%,.0f", e.value());
        return e.known() ? v + " [" + String.format(Locale.ROOT, "%,.0f, %,.0f", e.lo(), e.hi()) + "]" : v + " [?]";
    }

    private static String micros(Estimate e) {
        if (!e.hasSamples()) {
            return "–";
        }
        return e.known() ? Format.time(e.value() / 1e6) + " [" + Format.time(e.lo() / 1e6) + ", " + Format.time(e.hi() / 1e6) + "]"
                : Format.time(e.value() / 1e6) + " [?]";
    }

    private static String mebibytes(Estimate e) {
        if (!e.hasSamples()) {
            return "not measured";
        }
        return Format.sig(e.value()) + " MiB" + (e.known() ? " [" + Format.sig(e.lo()) + ", " + Format.sig(e.hi()) + "]" : " [?]");
    }

    /** A number as the rule gives it, whole where it is whole: "200", "20.4". */
    static String threads(double n) {
        if (!Double.isFinite(n)) {
            return "–";
        }
        return Math.abs(n - Math.round(n)) < 0.05 ? Format.count(Math.round(n)) : String.format(Locale.ROOT, "%,.1f", n);
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + items.get(items.size() - 1);
    }

    private void line(String s) {
        md.line(s);
    }
}
