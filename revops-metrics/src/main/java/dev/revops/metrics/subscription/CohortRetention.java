package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cohort retention matrix by signup month, logo and revenue. A customer's cohort is the month of
 * their new-business movement (their first paid MRR); reactivated customers stay in their first
 * cohort. Month {@code k} of a cohort is measured at the end of that month (MRR on its last day).
 * Logo retention = cohort customers still paying / cohort customers; revenue retention = the
 * cohort's MRR / the cohort's new-business MRR (so expansion can take it above 1). Stateless and
 * thread-safe.
 */
public final class CohortRetention {
  private CohortRetention() {}

  /**
   * Builds the matrix for every cohort up to and including a month.
   *
   * @param book the MRR history
   * @param through the last month to measure
   * @return one row per cohort with at least one customer, oldest first
   */
  public static List<CohortRow> matrix(MrrBook book, YearMonth through) {
    requireNonNull(book, "book");
    requireNonNull(through, "through");
    Map<YearMonth, List<AccountId>> members = new TreeMap<>();
    Map<YearMonth, Long> starting = new TreeMap<>();
    for (MrrMovement m : book.movements()) {
      if (m.type() == MovementType.NEW_BUSINESS) {
        YearMonth month = YearMonth.from(m.date());
        if (month.isAfter(through)) {
          continue;
        }
        members.computeIfAbsent(month, x -> new ArrayList<>()).add(m.account());
        starting.merge(month, m.after().minor(), Math::addExact);
      }
    }
    List<CohortRow> rows = new ArrayList<>();
    for (Map.Entry<YearMonth, List<AccountId>> e : members.entrySet()) {
      YearMonth cohort = e.getKey();
      List<AccountId> accounts = e.getValue();
      Money startMrr = Money.ofMinor(starting.get(cohort), book.currency());
      List<MetricResult> logo = new ArrayList<>();
      List<MetricResult> revenue = new ArrayList<>();
      int k = 0;
      for (YearMonth month = cohort; !month.isAfter(through); month = month.plusMonths(1), k++) {
        LocalDate endOfMonth = month.plusMonths(1).atDay(1);
        long paying = 0;
        long mrr = 0;
        for (AccountId account : accounts) {
          long value = book.mrrAt(account, endOfMonth).minor();
          if (value > 0) {
            paying++;
            mrr += value;
          }
        }
        Money cohortMrr = Money.ofMinor(mrr, book.currency());
        logo.add(
            MetricResult.ratio(
                "cohort-logo-retention",
                "cohort customers paying at month end / cohort customers",
                Unit.RATIO,
                Inputs.create()
                    .put("monthsSinceSignup", k)
                    .put("paying", paying)
                    .put("customers", accounts.size())
                    .build(),
                BigDecimal.valueOf(paying),
                BigDecimal.valueOf(accounts.size()),
                BigDecimal.ONE,
                "cohort customers"));
        revenue.add(
            MetricResult.ratio(
                "cohort-revenue-retention",
                "cohort MRR at month end / cohort new-business MRR",
                Unit.RATIO,
                Inputs.create()
                    .put("monthsSinceSignup", k)
                    .put("mrr", cohortMrr)
                    .put("startingMrr", startMrr)
                    .build(),
                cohortMrr.amount(),
                startMrr.amount(),
                BigDecimal.ONE,
                "cohort new-business MRR"));
      }
      rows.add(new CohortRow(cohort, accounts.size(), startMrr, logo, revenue));
    }
    return rows;
  }
}
