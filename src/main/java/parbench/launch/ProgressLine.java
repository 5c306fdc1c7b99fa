package parbench.launch;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The run's progress for a person: one line with the stage, the forks done and the time left,
 * drawn by a progress-bar library. On a terminal it is redrawn in place once a second; elsewhere
 * (a pipe, a CI log) it is printed as a new line every few seconds. The console shares the cores
 * with the measured forks, so it never redraws faster than that. The suite's own lines pass through
 * {@link #print}, which clears a drawn bar first so that the two never share a line.
 */
final class ProgressLine implements AutoCloseable {
    static final int TERMINAL_REDRAW_MILLIS = 1000;
    static final int LOG_LINE_MILLIS = 5000;
    private final PrintStream out;
    private final boolean terminal;
    private final int width;
    private final ProgressBarStyle style;
    /** Guards what is on the screen: the bar's redraws (the library's thread) and the suite's lines. */
    private final Object screen = new Object();
    private boolean drawn;
    private ProgressBar bar;
    /** The bar's stage: a new stage (the pilot, then the adaptive steps) gets a bar of its own. */
    private String barOf;
    private volatile Duration left;
    private volatile long leftAt;

    ProgressLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.width = terminal ? terminalWidth() : 120;
        this.style = terminal && unicode() ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII;
    }

    /** Where the run is now; forksDone counts every fork that has ended, in every stage. */
    synchronized void show(Progress p, int forksDone) {
        String of = p.stage() + (p.byBudget() ? " budget" : " " + p.forks());
        if (!of.equals(barOf)) {
            finishBar(true);
            bar = newBar(p);
            barOf = of;
        }
        bar.stepTo(p.byBudget() ? Math.min(p.spent().toSeconds(), p.budget().toSeconds()) : Math.max(0, p.fork() - 1));
        Duration runLeft = p.runLeft();
        String message = p.detail().replace("parbench.bench.", "")
                + (p.byBudget() ? "; " + forksDone + " forks done" : "")
                + (p.budget() != null && !p.byBudget() && runLeft != null ? "; run ends ≤ " + Rounds.format(runLeft) : "");
        int room = Math.min(48, Math.max(16, width - 46)); // the rest is the bar's, at least a few characters of it
        bar.setExtraMessage(message.length() <= room ? message + " ".repeat(room - message.length())
                : message.substring(0, room - 1) + "…"); // one length: the bar keeps its width
        left = p.byBudget() ? runLeft : p.eta();
        leftAt = System.nanoTime();
    }

    private ProgressBar newBar(Progress p) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(p.stage()).setStyle(style)
                .setInitialMax(p.byBudget() ? Math.max(1, p.budget().toSeconds()) : Math.max(1, p.forks()))
                .setUnit(p.byBudget() ? " s" : "", 1)
                .setUpdateIntervalMillis(terminal ? TERMINAL_REDRAW_MILLIS : LOG_LINE_MILLIS)
                .setEtaFunction(state -> timeLeft()).setConsumer(new Screen());
        if (terminal) {
            b.continuousUpdate(); // the elapsed time and the ETA move between forks too
        }
        return b.build();
    }

    /** The stage's time left, counted down between two updates. */
    private Optional<Duration> timeLeft() {
        Duration l = left;
        if (l == null) {
            return Optional.empty();
        }
        Duration now = l.minusNanos(System.nanoTime() - leftAt);
        return Optional.of(now.isNegative() ? Duration.ZERO : now);
    }

    /** One of the suite's lines (or several), never on the bar's line. */
    void print(String text) {
        synchronized (screen) {
            if (drawn) {
                out.print('\r' + " ".repeat(width) + '\r');
                drawn = false;
            }
            out.print(text);
            out.flush();
        }
    }

    /** The last stage ended: its bar is drawn once more, full where the stage finished, and left on its line. */
    synchronized void finish(boolean completed) {
        finishBar(completed);
    }

    private void finishBar(boolean completed) {
        if (bar == null) {
            return;
        }
        if (completed && !barOf.endsWith(" budget")) {
            bar.stepTo(bar.getMax());
        }
        left = completed ? Duration.ZERO : left;
        bar.close();
        bar = null;
        barOf = null;
    }

    @Override
    public void close() {
        finish(false);
    }

    /** Where the library's renderings go: in place on a terminal, a line each elsewhere. */
    private final class Screen implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        private String last;

        @Override
        public void accept(String rendered) {
            synchronized (screen) {
                if (!terminal && rendered.equals(last)) {
                    return; // a log gets a line only where something moved
                }
                out.print(terminal ? "\r" + rendered : rendered.stripTrailing() + System.lineSeparator());
                out.flush();
                drawn = terminal;
                last = rendered;
            }
        }

        @Override
        public void clear() {
            print("");
        }

        @Override
        public void close() {
            synchronized (screen) {
                if (drawn) {
                    out.println();
                    drawn = false;
                }
            }
        }
    }

    /** The terminal's columns (stty, once, before anything is measured); else COLUMNS; else 80. */
    private static int terminalWidth() {
        int columns = 80;
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String[] size = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip().split("\\s+");
            columns = p.waitFor() == 0 && size.length == 2 ? Integer.parseInt(size[1]) : columns(columns);
        } catch (java.io.IOException | InterruptedException | NumberFormatException e) {
            columns = columns(columns);
        }
        return Math.max(40, columns - 1);
    }

    private static int columns(int fallback) {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean unicode() {
        String enc = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                System.getProperty("native.encoding", Charset.defaultCharset().name())));
        return enc.toUpperCase(java.util.Locale.ROOT).replace("-", "").equals("UTF8");
    }

    /** Standard output is a terminal a person watches (not a pipe or a file). */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // JDK 22+ returns a console for a redirected stdout too, and says which it is
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
