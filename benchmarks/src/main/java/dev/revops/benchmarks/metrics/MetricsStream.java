package dev.revops.benchmarks.metrics;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.metrics.projection.MetricsEvent;
import dev.revops.metrics.projection.ProjectionConfig;
import dev.revops.metrics.projection.ReceivableChange;
import dev.revops.metrics.projection.ReceivableChanged;
import dev.revops.metrics.projection.SubscriptionMrrChanged;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic stream of MRR and receivable events over a year, both as the event records the
 * projection takes and as primitive columns for the hand-written floor. Every subscription (two per
 * account) starts on the first day; after that 40 % of the events change a random subscription's
 * MRR (one in sixteen to zero: a churn) and 60 % change a random account's receivables (issued 40
 * %, paid 35 %, credited 15 %, written off 10 %). Days advance evenly; one event in eight arrives a
 * day late, inside the projection's window, so the stream is out of order but nothing is late.
 * Immutable after construction; safe to read from several threads.
 */
public final class MetricsStream {
  /** Days the stream spans. */
  public static final int DAYS = 360;

  /** The first day. */
  public static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** The reporting currency. */
  public static final Currency USD = Currency.getInstance("USD");

  /** The projection's settings: USD, a 3-day window, a one-stage funnel (no leads here). */
  public static final ProjectionConfig CONFIG = new ProjectionConfig(USD, 3, List.of("lead"));

  /** Column {@link #kind} value of an MRR change; receivable changes are 1 + the change ordinal. */
  public static final byte MRR = 0;

  final MetricsEvent[] events;
  final AccountId[] accountIds;
  final int subscriptions;
  // columns for the floor
  final int[] account;
  final int[] subscription;
  final byte[] kind;
  final long[] amount;
  final long[] orderKey;

  private MetricsStream(int events, int accounts) {
    this.events = new MetricsEvent[events];
    this.accountIds = new AccountId[accounts];
    this.subscriptions = accounts * 2;
    this.account = new int[events];
    this.subscription = new int[events];
    this.kind = new byte[events];
    this.amount = new long[events];
    this.orderKey = new long[events];
  }

  /**
   * Generates a stream.
   *
   * @param events how many events, at least 1
   * @param accounts how many accounts, at least 1
   * @param seed the random seed
   * @return the stream
   */
  public static MetricsStream generate(int events, int accounts, long seed) {
    if (events < 1 || accounts < 1) {
      throw new IllegalArgumentException("events and accounts must be at least 1");
    }
    MetricsStream s = new MetricsStream(events, accounts);
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] subIds = new String[s.subscriptions];
    for (int a = 0; a < accounts; a++) {
      s.accountIds[a] = AccountId.of(String.format("acct-%07d", a));
      subIds[2 * a] = s.accountIds[a].value() + "-s0";
      subIds[2 * a + 1] = s.accountIds[a].value() + "-s1";
    }
    LocalDate[] days = new LocalDate[DAYS];
    for (int d = 0; d < DAYS; d++) {
      days[d] = START.plusDays(d);
    }
    Money[] mrrPool = new Money[32];
    mrrPool[0] = Money.zero(USD);
    for (int k = 1; k < mrrPool.length; k++) {
      mrrPool[k] = Money.ofMinor(k * 1_000L + 900, USD); // 19.00 .. 319.00
    }
    Money[] arPool = new Money[64];
    for (int k = 0; k < arPool.length; k++) {
      arPool[k] = Money.ofMinor(500L + k * 1_237L, USD);
    }
    ReceivableChange[] changes = ReceivableChange.values();
    long[] seq = new long[s.subscriptions];
    int starts = Math.min(events, s.subscriptions);
    for (int i = 0; i < events; i++) {
      int day;
      if (i < starts) {
        day = 0;
      } else {
        day = 1 + (int) ((long) (i - starts) * (DAYS - 1) / Math.max(1, events - starts));
        if (day > 1 && rnd.nextInt(8) == 0) {
          day--;
        }
      }
      EventId id = EventId.of("e" + i);
      if (i < starts || rnd.nextInt(10) < 4) {
        int sub = i < starts ? i : rnd.nextInt(s.subscriptions);
        int a = sub / 2;
        Money mrr =
            i < starts
                ? mrrPool[1 + rnd.nextInt(mrrPool.length - 1)]
                : rnd.nextInt(16) == 0 ? mrrPool[0] : mrrPool[1 + rnd.nextInt(mrrPool.length - 1)];
        long sq = ++seq[sub];
        s.events[i] =
            new SubscriptionMrrChanged(id, s.accountIds[a], subIds[sub], days[day], sq, mrr);
        s.kind[i] = MRR;
        s.account[i] = a;
        s.subscription[i] = sub;
        s.amount[i] = mrr.minor();
        s.orderKey[i] = ((long) day << 32) | sq;
      } else {
        int a = rnd.nextInt(accounts);
        int p = rnd.nextInt(100);
        ReceivableChange c = changes[p < 40 ? 0 : p < 75 ? 1 : p < 90 ? 2 : 3];
        Money m = arPool[rnd.nextInt(arPool.length)];
        s.events[i] = new ReceivableChanged(id, s.accountIds[a], c, m, days[day]);
        s.kind[i] = (byte) (1 + c.ordinal());
        s.account[i] = a;
        s.subscription[i] = -1;
        s.amount[i] = m.minor();
      }
    }
    return s;
  }

  /**
   * Returns the number of events.
   *
   * @return the events
   */
  public int size() {
    return events.length;
  }

  /**
   * Returns the number of accounts.
   *
   * @return the accounts
   */
  public int accounts() {
    return accountIds.length;
  }
}
