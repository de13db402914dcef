package dev.revops.examples.report;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A console progress bar that appears only once a run has taken longer than a threshold (so short
 * runs print nothing extra) and redraws in place with a carriage return. Not thread-safe.
 */
public final class ProgressBar {
  private final PrintStream out;
  private final LongSupplier nanoTime;
  private final long thresholdNanos;
  private final long start;
  private final int total;
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
    if (!shown && nanoTime.getAsLong() - start < thresholdNanos) {
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
