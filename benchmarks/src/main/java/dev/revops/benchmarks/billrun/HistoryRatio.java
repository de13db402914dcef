package dev.revops.benchmarks.billrun;

import java.util.Arrays;
import java.util.Locale;

/**
 * The history-independence ratio measured in rounds that alternate the ages, so a machine that
 * speeds up or slows down during the run (a shared box) moves every age alike: each round times one
 * pass of {@code BillingCycleService.due} over every account of each book ({@link HistoryBook}, 1,
 * 60 and 120 months, in an order that rotates per round), after warm-up passes; the report gives
 * each age's median and fastest time per account and, per round, the ratio of each age to the
 * 1-month book, whose median is the figure to quote. {@link HistoryBenchmark} gives the same paths
 * under JMH. Run: {@code java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks.jar
 * dev.revops.benchmarks.billrun.HistoryRatio [accounts] [rounds]}. Prints only figures. Not
 * thread-safe (a main).
 */
public final class HistoryRatio {
  private static final int[] AGES = {1, 60, 120};

  private HistoryRatio() {}

  /** The figures of one measurement. */
  record Figures(int accounts, int rounds, double[][] nsPerAccount) {
    double median(int age) {
      double[] s = nsPerAccount[age].clone();
      Arrays.sort(s);
      return s[s.length / 2];
    }

    double fastest(int age) {
      return Arrays.stream(nsPerAccount[age]).min().orElseThrow();
    }

    double medianRatio(int age) {
      double[] r = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        r[i] = nsPerAccount[age][i] / nsPerAccount[0][i];
      }
      Arrays.sort(r);
      return r[rounds / 2];
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%d accounts, %d rounds%n", accounts, rounds));
      for (int a = 0; a < AGES.length; a++) {
        b.append(
            String.format(
                Locale.ROOT,
                "%3d months: median %.3f us/account, fastest %.3f, per-round ratio to 1 month:"
                    + " median %.2f%n",
                AGES[a],
                median(a) / 1000,
                fastest(a) / 1000,
                medianRatio(a)));
      }
      return b.toString();
    }
  }

  /**
   * Measures.
   *
   * @param accounts accounts per book
   * @param warmup passes per book before timing
   * @param rounds timed rounds
   * @return the figures
   */
  static Figures measure(int accounts, int warmup, int rounds) {
    HistoryBook[] books = new HistoryBook[AGES.length];
    for (int a = 0; a < AGES.length; a++) {
      books[a] = HistoryBook.generate(accounts, AGES[a], 11);
    }
    long lines = books[0].check();
    for (HistoryBook b : books) {
      if (b.check() != lines) {
        throw new IllegalStateException("the books do not bill the same lines at every age");
      }
    }
    long sink = 0;
    for (int w = 0; w < warmup; w++) {
      for (HistoryBook b : books) {
        sink += pass(b);
      }
    }
    double[][] ns = new double[AGES.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < AGES.length; k++) {
        int a = (r + k) % AGES.length;
        long t0 = System.nanoTime();
        sink += pass(books[a]);
        ns[a][r] = (System.nanoTime() - t0) / (double) accounts;
      }
    }
    if (sink != (long) (warmup + rounds) * AGES.length * lines) {
      throw new IllegalStateException("a pass billed other lines than the check: " + sink);
    }
    return new Figures(accounts, rounds, ns);
  }

  private static long pass(HistoryBook b) {
    long lines = 0;
    for (int i = 0; i < b.accounts.length; i++) {
      lines += b.due(b.accounts[i]).lines().size();
    }
    return lines;
  }

  /**
   * Runs the measurement and prints it.
   *
   * @param args accounts per book (default 2,000) and timed rounds (default 60)
   */
  public static void main(String[] args) {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    System.out.print(measure(accounts, 200, rounds));
  }
}
