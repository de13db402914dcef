package dev.revops.benchmarks.metrics;

import dev.revops.core.id.AccountId;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.projection.MetricsEvent;
import dev.revops.metrics.projection.MetricsProjection;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.projection.ProjectionCounters;
import dev.revops.metrics.projection.ReceivableChanged;
import dev.revops.metrics.projection.SubscriptionMrrChanged;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The hand-written baselines and the check that they and the projection agree. Stateless. */
public final class MetricsFloor {
  private MetricsFloor() {}

  /**
   * What every contender must agree on: each account's MRR and AR balance at the end, in cents.
   * Holds arrays it owns; not thread-safe to mutate.
   *
   * @param mrr MRR per account index
   * @param receivable AR balance per account index
   */
  public record Totals(long[] mrr, long[] receivable) {
    /**
     * Total MRR.
     *
     * @return the sum
     */
    public long totalMrr() {
      return Arrays.stream(mrr).sum();
    }

    /**
     * Total AR.
     *
     * @return the sum
     */
    public long totalReceivable() {
      return Arrays.stream(receivable).sum();
    }

    /**
     * Accounts paying something.
     *
     * @return accounts with MRR above zero
     */
    public long payingAccounts() {
      return Arrays.stream(mrr).filter(v -> v > 0).count();
    }
  }

  /**
   * The floor: longs in arrays indexed by account and subscription, over primitive columns. A
   * subscription's MRR is the value of its latest change by (day, sequence), as in the projection.
   *
   * @param s the stream
   * @return the totals
   */
  public static Totals columns(MetricsStream s) {
    long[] subKey = new long[s.subscriptions];
    Arrays.fill(subKey, Long.MIN_VALUE);
    long[] subMrr = new long[s.subscriptions];
    long[] mrr = new long[s.accounts()];
    long[] ar = new long[s.accounts()];
    int n = s.size();
    int[] account = s.account;
    int[] subscription = s.subscription;
    byte[] kind = s.kind;
    long[] amount = s.amount;
    long[] orderKey = s.orderKey;
    for (int i = 0; i < n; i++) {
      int a = account[i];
      switch (kind[i]) {
        case MetricsStream.MRR -> {
          int sub = subscription[i];
          long key = orderKey[i];
          if (key > subKey[sub]) {
            mrr[a] += amount[i] - subMrr[sub];
            subMrr[sub] = amount[i];
            subKey[sub] = key;
          }
        }
        case 1 -> ar[a] += amount[i]; // issued
        default -> ar[a] -= amount[i]; // paid, credited, written off
      }
    }
    return new Totals(mrr, ar);
  }

  /**
   * Hand-written over the same event records: hash maps keyed by the ids the events carry (what a
   * consumer without revops would write), longs in arrays as values.
   *
   * @param s the stream
   * @return the totals
   */
  public static Totals objects(MetricsStream s) {
    Map<String, long[]> subs = new HashMap<>(s.subscriptions * 2);
    Map<AccountId, long[]> accounts = new HashMap<>(s.accounts() * 2);
    for (MetricsEvent e : s.events) {
      if (e instanceof SubscriptionMrrChanged m) {
        long key = (m.occurredOn().toEpochDay() << 32) | m.sequence();
        long[] sub = subs.computeIfAbsent(m.subscriptionId(), k -> new long[] {Long.MIN_VALUE, 0});
        if (key > sub[0]) {
          long[] acc = accounts.computeIfAbsent(m.account(), k -> new long[2]);
          acc[0] += m.mrr().minor() - sub[1];
          sub[1] = m.mrr().minor();
          sub[0] = key;
        }
      } else if (e instanceof ReceivableChanged r) {
        long[] acc = accounts.computeIfAbsent(r.account(), k -> new long[2]);
        acc[1] += r.change().sign() * r.amount().minor();
      }
    }
    long[] mrr = new long[s.accounts()];
    long[] ar = new long[s.accounts()];
    for (int a = 0; a < mrr.length; a++) {
      long[] acc = accounts.get(s.accountIds[a]);
      if (acc != null) {
        mrr[a] = acc[0];
        ar[a] = acc[1];
      }
    }
    return new Totals(mrr, ar);
  }

  /**
   * revops: every event through {@link MetricsProjection#accept}, then a flush.
   *
   * @param s the stream
   * @return the projection, every event applied
   */
  public static MetricsProjection project(MetricsStream s) {
    MetricsProjection p = new MetricsProjection(MetricsStream.CONFIG);
    for (MetricsEvent e : s.events) {
      p.accept(e);
    }
    p.flush();
    return p;
  }

  /**
   * Checks that the projection, the hand-written loop over the records and the floor agree on every
   * account's MRR and AR, on the year's report totals and on the paying accounts, and that the
   * projection took every event.
   *
   * @param s the stream
   * @param p the projection after {@link #project}
   * @throws IllegalStateException on the first difference
   */
  public static void check(MetricsStream s, MetricsProjection p) {
    Totals floor = columns(s);
    Totals objects = objects(s);
    ProjectionCounters counters = p.counters();
    if (counters.accepted() != s.size() || counters.duplicates() != 0 || counters.late() != 0) {
      throw new IllegalStateException("projection did not take every event once: " + counters);
    }
    for (int a = 0; a < s.accounts(); a++) {
      AccountId id = s.accountIds[a];
      long mrr = p.mrr(id).minor();
      long ar = p.receivableBalance(id).minor();
      if (mrr != floor.mrr[a] || ar != floor.receivable[a]) {
        throw new IllegalStateException(
            id
                + ": projection mrr/ar "
                + mrr
                + "/"
                + ar
                + ", floor "
                + floor.mrr[a]
                + "/"
                + floor.receivable[a]);
      }
      if (objects.mrr[a] != floor.mrr[a] || objects.receivable[a] != floor.receivable[a]) {
        throw new IllegalStateException(id + ": hand-written objects loop differs from the floor");
      }
    }
    PeriodReport year =
        p.report(
            new DateRange(MetricsStream.START, MetricsStream.START.plusDays(MetricsStream.DAYS)));
    if (year.mrr().mrrAtEnd().minor() != floor.totalMrr()
        || year.receivables().atEnd().minor() != floor.totalReceivable()
        || year.customersAtEnd() != floor.payingAccounts()) {
      throw new IllegalStateException(
          "year report "
              + year.mrr().mrrAtEnd()
              + " / "
              + year.receivables().atEnd()
              + " / "
              + year.customersAtEnd()
              + " differs from the floor "
              + floor.totalMrr()
              + " / "
              + floor.totalReceivable()
              + " / "
              + floor.payingAccounts());
    }
  }
}
