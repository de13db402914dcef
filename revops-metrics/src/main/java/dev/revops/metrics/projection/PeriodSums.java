package dev.revops.metrics.projection;

import dev.revops.core.time.DateRange;
import java.util.Currency;

/**
 * The sums a {@link PeriodReport} is built from: the balances at the start of the period (MRR,
 * paying customers, AR, in minor units) and the sums of the days inside it. The projection, the
 * batch and the partitioned projection all fill one and call {@link #report}, so the report's
 * arithmetic is written once. Mutable and not thread-safe.
 */
final class PeriodSums {
  private long mrrAtStart;
  private long customersAtStart;
  private long receivablesAtStart;
  private final DaySums inside;

  /** Empty sums for a funnel of {@code stages} stages. */
  PeriodSums(int stages) {
    inside = new DaySums(stages);
  }

  /** Adds a day before the period: only its effect on the opening balances counts. */
  void addBefore(DaySums day) {
    mrrAtStart = Math.addExact(mrrAtStart, day.movements.netMrr());
    customersAtStart += day.movements.netCustomers();
    receivablesAtStart = Math.addExact(receivablesAtStart, day.receivables.net());
  }

  /** Adds a day inside the period. */
  void addInside(DaySums day) {
    inside.add(day);
  }

  /** Adds another partition's sums of the same period. */
  void add(PeriodSums other) {
    mrrAtStart = Math.addExact(mrrAtStart, other.mrrAtStart);
    customersAtStart += other.customersAtStart;
    receivablesAtStart = Math.addExact(receivablesAtStart, other.receivablesAtStart);
    inside.add(other.inside);
  }

  /** Sets the opening balances (the batch computes them from the MRR book and the history). */
  void opening(long mrr, long customers, long receivables) {
    mrrAtStart = mrr;
    customersAtStart = customers;
    receivablesAtStart = receivables;
  }

  /** The sums inside the period, for the batch to record into. */
  DaySums inside() {
    return inside;
  }

  /** Builds the report: the closing balances are the opening ones plus the net changes. */
  PeriodReport report(DateRange period, Currency currency) {
    return new PeriodReport(
        period,
        inside.movements.totals(mrrAtStart, currency),
        customersAtStart,
        customersAtStart + inside.movements.netCustomers(),
        inside.movements.counts(),
        inside.funnel.toMap(),
        inside.receivables.totals(receivablesAtStart, currency),
        inside.contacts.toMap());
  }
}
