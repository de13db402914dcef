package dev.revops.examples.report;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A console progress bar that appears only once a run has taken longer than a threshold (so short
 * runs print nothing extra) and redraws in place with a carriage return. It draws only on a
 * terminal: written to a file or a pipe, carriage-return frames would pile up in the log, so a bar
 * made with {@code terminal = false} stays silent. Not thread-safe.
 */
public final class ProgressBar {
  private final PrintStream out;
  private final LongSupplier nanoTime;
  private final long thresholdNanos;
  private final long start;
  private final int total;
  private final boolean terminal;
  private boolean shown;

  /**
   * Creates a bar.
   *
   * @param out where to draw (standard error in the demo)
   * @param total the number of steps
   * @param thresholdNanos how long to stay silent
   * @param nanoTime a monotonic time source ({@code System::nanoTime} in the demo)
   */
  public ProgressBar(PrintStream out, int total, long thresholdNanos, LongSupplier nanoTime) {
    this(out, total, thresholdNanos, nanoTime, true);
  }

  /**
   * Creates a bar that draws only when {@code terminal} is true.
   *
   * @param out where to draw (standard error in the demo)
   * @param total the number of steps
   * @param thresholdNanos how long to stay silent
   * @param nanoTime a monotonic time source ({@code System::nanoTime} in the demo)
   * @param terminal whether {@code out} is an interactive terminal ({@code System.console() !=
   *     null} in the demo); when false the bar never draws
   */
  public ProgressBar(
      PrintStream out, int total, long thresholdNanos, LongSupplier nanoTime, boolean terminal) {
    this.terminal = terminal;
    this.out = out;
    this.total = Math.max(1, total);
    this.thresholdNanos = thresholdNanos;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /**
   * Reports progress.
   *
   * @param done steps done so far
   * @param label what is being done
   */
  public void update(int done, String label) {
    if (!terminal || (!shown && nanoTime.getAsLong() - start < thresholdNanos)) {
      return;
    }
    shown = true;
    int width = 30;
    int filled = (int) ((long) width * Math.min(done, total) / total);
    out.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + label
            + "   ");
    out.flush();
  }

  /** Ends the bar's line, if it was shown. */
  public void finish() {
    if (shown) {
      out.println();
    }
  }

  /**
   * Tells whether the bar was drawn.
   *
   * @return true once the threshold passed and something was drawn
   */
  public boolean shown() {
    return shown;
  }
}
