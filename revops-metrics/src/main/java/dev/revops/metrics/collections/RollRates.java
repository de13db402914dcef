package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Roll rates between two aging snapshots of the same buckets a period apart.
 *
 * <p>Two views. The aggregate roll rate is {@code balance in bucket k+1 now / balance in bucket k
 * before}. The account flow follows each account that was in bucket {@code i} before to its bucket
 * {@code j} now and moves its earlier balance from {@code i} to {@code j}: {@code j > i} rolled
 * forward, {@code j < i} cured (rolled back), an account with no open balance now was paid off (or
 * written off). Immutable and thread-safe.
 */
public final class RollRates {
  private final AgingSnapshot before;
  private final AgingSnapshot after;
  private final long[][] flow;
  private final long[] closed;

  private RollRates(AgingSnapshot before, AgingSnapshot after, long[][] flow, long[] closed) {
    this.before = before;
    this.after = after;
    this.flow = flow;
    this.closed = closed;
  }

  /**
   * Compares two snapshots.
   *
   * @param before the earlier snapshot
   * @param after the later snapshot, with the same buckets and currency
   * @return the roll rates
   */
  public static RollRates between(AgingSnapshot before, AgingSnapshot after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (!before.buckets().equals(after.buckets()) || !before.currency().equals(after.currency())) {
      throw new IllegalArgumentException("snapshots must use the same buckets and currency");
    }
    if (!before.asOf().isBefore(after.asOf())) {
      throw new IllegalArgumentException("the earlier snapshot must be before the later one");
    }
    int n = before.buckets().buckets().size();
    long[][] flow = new long[n][n];
    long[] closed = new long[n];
    for (Map.Entry<AccountId, AgingSnapshot.AccountAging> e : before.accounts().entrySet()) {
      int from = e.getValue().bucket();
      long balance = e.getValue().balance().minor();
      AgingSnapshot.AccountAging now = after.accounts().get(e.getKey());
      if (now == null) {
        closed[from] = Math.addExact(closed[from], balance);
      } else {
        flow[from][now.bucket()] = Math.addExact(flow[from][now.bucket()], balance);
      }
    }
    return new RollRates(before, after, flow, closed);
  }

  /**
   * Aggregate roll rate from bucket {@code k} to {@code k+1}.
   *
   * @param k the index of the earlier bucket, not the last
   * @return balance in bucket k+1 now / balance in bucket k before; undefined when that is zero
   */
  public MetricResult aggregate(int k) {
    checkIndex(k, true);
    Money from = before.bucketBalances().get(k);
    Money to = after.bucketBalances().get(k + 1);
    return MetricResult.ratio(
        "roll-rate/aggregate",
        "balance in bucket k+1 now / balance in bucket k a period earlier",
        Unit.RATIO,
        Inputs.create()
            .put("bucket", k)
            .put("balanceBefore[" + name(k) + "]", from)
            .put("balanceNow[" + name(k + 1) + "]", to)
            .build(),
        to.amount(),
        from.amount(),
        BigDecimal.ONE,
        "balance in bucket " + name(k) + " before");
  }

  /**
   * The share of the balance of accounts in bucket {@code i} before that rolled to a later bucket.
   *
   * @param i the bucket index
   * @return a ratio in {@code [0, 1]}; undefined when no account was in the bucket
   */
  public MetricResult rollForward(int i) {
    checkIndex(i, false);
    long moved = 0;
    for (int j = i + 1; j < flow.length; j++) {
      moved += flow[i][j];
    }
    return share("roll-rate/forward", "rolled to a later bucket", i, moved);
  }

  /**
   * The share of the balance of accounts in bucket {@code i} before that cured: they are now in an
   * earlier bucket (still owing).
   *
   * @param i the bucket index
   * @return a ratio in {@code [0, 1]}; undefined when no account was in the bucket
   */
  public MetricResult cure(int i) {
    checkIndex(i, false);
    long moved = 0;
    for (int j = 0; j < i; j++) {
      moved += flow[i][j];
    }
    return share("roll-rate/cure", "cured to an earlier bucket", i, moved);
  }

  /**
   * The share of the balance of accounts in bucket {@code i} before that stayed in it.
   *
   * @param i the bucket index
   * @return a ratio in {@code [0, 1]}; undefined when no account was in the bucket
   */
  public MetricResult stay(int i) {
    checkIndex(i, false);
    return share("roll-rate/stay", "stayed in the bucket", i, flow[i][i]);
  }

  /**
   * The share of the balance of accounts in bucket {@code i} before that have no open balance now.
   *
   * @param i the bucket index
   * @return a ratio in {@code [0, 1]}; undefined when no account was in the bucket
   */
  public MetricResult closed(int i) {
    checkIndex(i, false);
    return share("roll-rate/closed", "closed (no open balance now)", i, closed[i]);
  }

  /**
   * Returns the flow matrix: {@code flows().get(i).get(j)} is the earlier balance of accounts that
   * moved from bucket i to bucket j.
   *
   * @return the matrix, unmodifiable
   */
  public List<List<Money>> flows() {
    List<List<Money>> rows = new ArrayList<>();
    for (long[] row : flow) {
      List<Money> r = new ArrayList<>();
      for (long v : row) {
        r.add(Money.ofMinor(v, before.currency()));
      }
      rows.add(List.copyOf(r));
    }
    return List.copyOf(rows);
  }

  private MetricResult share(String formula, String what, int i, long part) {
    long base = 0;
    for (long v : flow[i]) {
      base += v;
    }
    base += closed[i];
    Money partMoney = Money.ofMinor(part, before.currency());
    Money baseMoney = Money.ofMinor(base, before.currency());
    return MetricResult.ratio(
        formula,
        "earlier balance of accounts in the bucket that " + what + " / their earlier balance",
        Unit.RATIO,
        Inputs.create()
            .put("bucket", i)
            .put("moved", partMoney)
            .put("balanceBefore[" + name(i) + "]", baseMoney)
            .build(),
        partMoney.amount(),
        baseMoney.amount(),
        BigDecimal.ONE,
        "balance of accounts in bucket " + name(i) + " before");
  }

  private String name(int k) {
    return before.buckets().buckets().get(k).name();
  }

  private void checkIndex(int k, boolean needsNext) {
    int n = flow.length;
    if (k < 0 || k >= n || (needsNext && k == n - 1)) {
      throw new IllegalArgumentException("bucket index " + k + " is out of range");
    }
  }
}
