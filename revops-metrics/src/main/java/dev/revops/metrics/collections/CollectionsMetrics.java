package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * Receivables KPIs as defined by the Credit Research Foundation: DSO (standard and countback), best
 * possible DSO, average days delinquent, collection effectiveness index, and the write-off ratio.
 * Pure functions: stateless and thread-safe. A zero denominator gives an explicit undefined result.
 */
public final class CollectionsMetrics {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CollectionsMetrics() {}

  /**
   * Standard DSO = ending AR / credit sales in the period × days in the period.
   *
   * @param endingReceivables total AR at the end of the period
   * @param creditSales credit sales in the period
   * @param daysInPeriod days in the period, above zero
   * @return days, undefined when credit sales are zero
   */
  public static MetricResult dso(Money endingReceivables, Money creditSales, long daysInPeriod) {
    same(endingReceivables, creditSales);
    positive(daysInPeriod, "daysInPeriod");
    return MetricResult.ratio(
        "dso/standard",
        "ending AR / credit sales x days in period",
        Unit.DAYS,
        Inputs.create()
            .put("endingReceivables", endingReceivables)
            .put("creditSales", creditSales)
            .put("daysInPeriod", daysInPeriod)
            .build(),
        endingReceivables.amount(),
        creditSales.amount(),
        BigDecimal.valueOf(daysInPeriod),
        "credit sales");
  }

  /**
   * Countback DSO: walk the months back from the newest, subtracting each month's credit sales from
   * the ending AR and adding its days while the remainder exceeds that month's sales; then add
   * {@code remainder / that month's sales × its days}.
   *
   * @param endingReceivables total AR at the end of the newest month, at least zero
   * @param newestFirst credit sales per month, the newest month first
   * @return days, undefined when the months given do not absorb the AR
   */
  public static MetricResult countbackDso(Money endingReceivables, List<MonthlySales> newestFirst) {
    requireNonNull(endingReceivables, "endingReceivables");
    requireNonNull(newestFirst, "newestFirst");
    if (endingReceivables.isNegative()) {
      throw new IllegalArgumentException("endingReceivables must be >= 0");
    }
    Inputs in = Inputs.create().put("endingReceivables", endingReceivables);
    String formula = "dso/countback";
    String expression =
        "sum of days of the months whose credit sales the ending AR covers, plus the rest /"
            + " next month's sales x its days";
    Money remaining = endingReceivables;
    BigDecimal days = BigDecimal.ZERO;
    for (MonthlySales month : newestFirst) {
      same(endingReceivables, month.creditSales());
      in.put("creditSales[" + month.month() + "]", month.creditSales());
      if (remaining.isGreaterThan(month.creditSales())) {
        remaining = remaining.minus(month.creditSales());
        days = days.add(BigDecimal.valueOf(month.days()));
      } else {
        if (remaining.isPositive()) {
          days =
              days.add(
                  MetricResult.divide(
                      remaining.amount().multiply(BigDecimal.valueOf(month.days())),
                      month.creditSales().amount()));
        }
        return MetricResult.of(formula, expression, Unit.DAYS, in.build(), days);
      }
    }
    if (remaining.isZero()) {
      return MetricResult.of(formula, expression, Unit.DAYS, in.build(), days);
    }
    return MetricResult.undefined(
        formula,
        expression,
        Unit.DAYS,
        in.build(),
        "ending AR exceeds the credit sales of all " + newestFirst.size() + " months given");
  }

  /**
   * Best possible DSO = current (not yet due) AR / credit sales × days.
   *
   * @param currentReceivables AR not yet past due at the end of the period
   * @param creditSales credit sales in the period
   * @param daysInPeriod days in the period, above zero
   * @return days, undefined when credit sales are zero
   */
  public static MetricResult bestPossibleDso(
      Money currentReceivables, Money creditSales, long daysInPeriod) {
    same(currentReceivables, creditSales);
    positive(daysInPeriod, "daysInPeriod");
    return MetricResult.ratio(
        "dso/best-possible",
        "current AR / credit sales x days in period",
        Unit.DAYS,
        Inputs.create()
            .put("currentReceivables", currentReceivables)
            .put("creditSales", creditSales)
            .put("daysInPeriod", daysInPeriod)
            .build(),
        currentReceivables.amount(),
        creditSales.amount(),
        BigDecimal.valueOf(daysInPeriod),
        "credit sales");
  }

  /**
   * Average days delinquent = DSO − best possible DSO.
   *
   * @param dso the standard DSO
   * @param bestPossibleDso the best possible DSO of the same period
   * @return days, undefined when either is undefined
   */
  public static MetricResult averageDaysDelinquent(MetricResult dso, MetricResult bestPossibleDso) {
    requireNonNull(dso, "dso");
    requireNonNull(bestPossibleDso, "bestPossibleDso");
    Inputs in = Inputs.create();
    dso.valueIfDefined().ifPresent(v -> in.put("dso", v));
    bestPossibleDso.valueIfDefined().ifPresent(v -> in.put("bestPossibleDso", v));
    if (!dso.isDefined() || !bestPossibleDso.isDefined()) {
      return MetricResult.undefined(
          "add", "DSO - best possible DSO", Unit.DAYS, in.build(), "DSO is undefined");
    }
    return MetricResult.of(
        "add",
        "DSO - best possible DSO",
        Unit.DAYS,
        in.build(),
        dso.value().subtract(bestPossibleDso.value()));
  }

  /**
   * Collection effectiveness index = (beginning AR + credit sales / N − ending total AR) /
   * (beginning AR + credit sales / N − ending current AR) × 100.
   *
   * @param beginningReceivables total AR at the start
   * @param creditSales credit sales over the N months
   * @param months N, the number of months the period covers, at least 1
   * @param endingTotalReceivables total AR at the end
   * @param endingCurrentReceivables AR not yet due at the end
   * @return percent (100 = everything collectible was collected), undefined when the denominator is
   *     zero
   */
  public static MetricResult cei(
      Money beginningReceivables,
      Money creditSales,
      int months,
      Money endingTotalReceivables,
      Money endingCurrentReceivables) {
    same(beginningReceivables, creditSales);
    same(beginningReceivables, endingTotalReceivables);
    same(beginningReceivables, endingCurrentReceivables);
    positive(months, "months");
    if (endingCurrentReceivables.isGreaterThan(endingTotalReceivables)) {
      throw new IllegalArgumentException(
          "endingCurrentReceivables must not exceed endingTotalReceivables");
    }
    BigDecimal collectible =
        beginningReceivables
            .amount()
            .add(MetricResult.divide(creditSales.amount(), BigDecimal.valueOf(months)));
    return MetricResult.ratio(
        "cei",
        "(beginning AR + credit sales / N - ending total AR) /"
            + " (beginning AR + credit sales / N - ending current AR) x 100",
        Unit.PERCENT,
        Inputs.create()
            .put("beginningReceivables", beginningReceivables)
            .put("creditSales", creditSales)
            .put("months", months)
            .put("endingTotalReceivables", endingTotalReceivables)
            .put("endingCurrentReceivables", endingCurrentReceivables)
            .build(),
        collectible.subtract(endingTotalReceivables.amount()),
        collectible.subtract(endingCurrentReceivables.amount()),
        HUNDRED,
        "beginning AR + credit sales / N - ending current AR");
  }

  /**
   * Write-off ratio = amount written off / a base the caller names (credit sales of the period, or
   * average receivables: vendors differ, so the base is explicit).
   *
   * @param writtenOff amount written off in the period
   * @param base the base amount
   * @param basis what the base is
   * @return the ratio, undefined when the base is zero
   */
  public static MetricResult writeOffRatio(Money writtenOff, Money base, WriteOffBasis basis) {
    same(writtenOff, base);
    requireNonNull(basis, "basis");
    return MetricResult.ratio(
        "write-off-ratio/" + basis.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "written off / " + basis.description(),
        Unit.RATIO,
        Inputs.create().put("writtenOff", writtenOff).put(basis.inputName(), base).build(),
        writtenOff.amount(),
        base.amount(),
        BigDecimal.ONE,
        basis.description());
  }

  static void same(Money a, Money b) {
    requireNonNull(a, "amount");
    requireNonNull(b, "amount");
    if (!a.isSameCurrency(b)) {
      throw new CurrencyMismatchException(a.currency(), b.currency());
    }
  }

  static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }
}
