package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Subscription KPIs over a {@link MovementSummary} or plain inputs (ChartMogul, Baremetrics, Stripe
 * definitions; see the module README for the table). Pure functions: stateless and thread-safe.
 * Every ratio with a zero denominator is an explicit undefined result, never infinity.
 */
public final class SubscriptionMetrics {
  private SubscriptionMetrics() {}

  /**
   * Gross MRR churn rate = (churn + contraction) / MRR at start (ChartMogul standard formula).
   *
   * @param s the period's movements
   * @return the rate, undefined when MRR at start is zero
   */
  public static MetricResult grossMrrChurn(MovementTotals s) {
    Money lost = s.churn().plus(s.contraction());
    return overMrrAtStart("gross-mrr-churn-rate", "(churn + contraction) / MRR at start", s, lost);
  }

  /**
   * Net MRR churn rate = (churn + contraction − expansion − reactivation) / MRR at start
   * (ChartMogul standard formula); negative when gains exceed losses.
   *
   * @param s the period's movements
   * @return the rate, undefined when MRR at start is zero
   */
  public static MetricResult netMrrChurn(MovementTotals s) {
    Money net = s.churn().plus(s.contraction()).minus(s.expansion()).minus(s.reactivation());
    return overMrrAtStart(
        "net-mrr-churn-rate",
        "(churn + contraction - expansion - reactivation) / MRR at start",
        s,
        net);
  }

  /**
   * Net revenue retention = (start + expansion − contraction − churn) / start.
   *
   * @param s the period's movements
   * @return the ratio (at least zero), undefined when MRR at start is zero
   */
  public static MetricResult netRevenueRetention(MovementTotals s) {
    Money kept = s.mrrAtStart().plus(s.expansion()).minus(s.contraction()).minus(s.churn());
    return overMrrAtStart(
        "net-revenue-retention",
        "(MRR at start + expansion - contraction - churn) / MRR at start",
        s,
        kept);
  }

  /**
   * Gross revenue retention = (start − contraction − churn) / start.
   *
   * @param s the period's movements
   * @return the ratio, undefined when MRR at start is zero
   */
  public static MetricResult grossRevenueRetention(MovementTotals s) {
    Money kept = s.mrrAtStart().minus(s.contraction()).minus(s.churn());
    return overMrrAtStart(
        "gross-revenue-retention", "(MRR at start - contraction - churn) / MRR at start", s, kept);
  }

  /**
   * SaaS quick ratio = (new + expansion + reactivation) / (contraction + churn).
   *
   * @param s the period's movements
   * @return the ratio, undefined when nothing was lost
   */
  public static MetricResult quickRatio(MovementTotals s) {
    Money gained = s.newBusiness().plus(s.expansion()).plus(s.reactivation());
    Money lost = s.contraction().plus(s.churn());
    return MetricResult.ratio(
        "quick-ratio",
        "(new + expansion + reactivation) / (contraction + churn)",
        Unit.RATIO,
        movementInputs(s),
        gained.amount(),
        lost.amount(),
        BigDecimal.ONE,
        "contraction + churn");
  }

  /**
   * ARPA = MRR / paying customers.
   *
   * @param mrr the MRR
   * @param customers the paying customers, at least zero
   * @return the average revenue per account per month, undefined with no customer
   */
  public static MetricResult arpa(Money mrr, long customers) {
    requireNonNull(mrr, "mrr");
    nonNegative(customers, "customers");
    Map<String, BigDecimal> in =
        Inputs.create().put("mrr", mrr).put("customers", customers).build();
    return MetricResult.amount(
        "arpa",
        "MRR / customers",
        mrr.currency(),
        in,
        customers == 0 ? null : MetricResult.divide(mrr.amount(), BigDecimal.valueOf(customers)),
        "customers is zero");
  }

  /**
   * ARPA at the end of a period.
   *
   * @param s the period
   * @return MRR at end / customers at end
   */
  public static MetricResult arpa(MovementSummary s) {
    return arpa(s.mrrAtEnd(), s.customersAtEnd());
  }

  /**
   * Customer lifetime value = ARPA × gross margin / customer churn rate (monthly rates, so the
   * result is an amount). Undefined when ARPA or the churn rate is undefined or the churn rate is
   * zero: zero churn would mean an infinite lifetime, which is not a number to report.
   *
   * @param arpa the ARPA result (an amount)
   * @param grossMargin the gross margin
   * @param churnRate the monthly customer churn rate result (a ratio)
   * @return the LTV
   */
  public static MetricResult ltv(
      MetricResult arpa, Percentage grossMargin, MetricResult churnRate) {
    requireAmount(arpa, "arpa");
    requireNonNull(grossMargin, "grossMargin");
    requireNonNull(churnRate, "churnRate");
    Inputs in = Inputs.create();
    arpa.valueIfDefined().ifPresent(v -> in.put("arpa", v));
    in.put("grossMargin", grossMargin.fraction());
    churnRate.valueIfDefined().ifPresent(v -> in.put("customerChurnRate", v));
    String expression = "ARPA x gross margin / customer churn rate";
    BigDecimal value = null;
    String reason = null;
    if (!arpa.isDefined()) {
      reason = "ARPA is undefined: " + arpa.undefinedReason().orElseThrow();
    } else if (!churnRate.isDefined()) {
      reason = "customer churn rate is undefined: " + churnRate.undefinedReason().orElseThrow();
    } else if (churnRate.value().signum() == 0) {
      reason = "customer churn rate is zero (lifetime would be infinite)";
    } else {
      value = MetricResult.divide(arpa.value().multiply(grossMargin.fraction()), churnRate.value());
    }
    return MetricResult.amount("ltv", expression, arpa.currency(), in.build(), value, reason);
  }

  /**
   * Customer acquisition cost = sales and marketing spend / new customers.
   *
   * @param salesAndMarketingSpend the spend of the period
   * @param newCustomers the customers acquired in the period
   * @return the CAC, undefined with no new customer
   */
  public static MetricResult cac(Money salesAndMarketingSpend, long newCustomers) {
    requireNonNull(salesAndMarketingSpend, "salesAndMarketingSpend");
    nonNegative(newCustomers, "newCustomers");
    return MetricResult.amount(
        "cac",
        "sales and marketing spend / new customers",
        salesAndMarketingSpend.currency(),
        Inputs.create()
            .put("salesAndMarketingSpend", salesAndMarketingSpend)
            .put("newCustomers", newCustomers)
            .build(),
        newCustomers == 0
            ? null
            : MetricResult.divide(
                salesAndMarketingSpend.amount(), BigDecimal.valueOf(newCustomers)),
        "new customers is zero");
  }

  /**
   * LTV:CAC = LTV / CAC.
   *
   * @param ltv the LTV result
   * @param cac the CAC result
   * @return the ratio, undefined when either is undefined or CAC is zero
   */
  public static MetricResult ltvToCac(MetricResult ltv, MetricResult cac) {
    requireAmount(ltv, "ltv");
    requireAmount(cac, "cac");
    if (!ltv.currency().equals(cac.currency())) {
      throw new CurrencyMismatchException(ltv.currency(), cac.currency());
    }
    Inputs in = Inputs.create();
    ltv.valueIfDefined().ifPresent(v -> in.put("ltv", v));
    cac.valueIfDefined().ifPresent(v -> in.put("cac", v));
    return quotient(
        "ltv-to-cac", "LTV / CAC", Unit.RATIO, in, "LTV", ltv, "CAC", cac, BigDecimal.ONE, "CAC");
  }

  /**
   * CAC payback in months = CAC / (ARPA × gross margin).
   *
   * @param cac the CAC result
   * @param arpa the ARPA result
   * @param grossMargin the gross margin
   * @return the months, undefined when CAC or ARPA is undefined or ARPA × gross margin is zero
   */
  public static MetricResult cacPaybackMonths(
      MetricResult cac, MetricResult arpa, Percentage grossMargin) {
    requireAmount(cac, "cac");
    requireAmount(arpa, "arpa");
    requireNonNull(grossMargin, "grossMargin");
    Inputs in = Inputs.create();
    cac.valueIfDefined().ifPresent(v -> in.put("cac", v));
    arpa.valueIfDefined().ifPresent(v -> in.put("arpa", v));
    in.put("grossMargin", grossMargin.fraction());
    return quotient(
        "cac-payback-months",
        "CAC / (ARPA x gross margin)",
        Unit.MONTHS,
        in,
        "CAC",
        cac,
        "ARPA",
        arpa,
        grossMargin.fraction(),
        "ARPA x gross margin");
  }

  /**
   * One result over another times a factor: undefined, naming the first of the two that is
   * undefined ("LTV is undefined: ..."), when either is; else undefined when the denominator is
   * zero, for the reason {@code zeroName}.
   */
  private static MetricResult quotient(
      String formula,
      String expression,
      Unit unit,
      Inputs in,
      String numeratorName,
      MetricResult numerator,
      String denominatorName,
      MetricResult denominator,
      BigDecimal factor,
      String zeroName) {
    if (!numerator.isDefined() || !denominator.isDefined()) {
      boolean first = !numerator.isDefined();
      MetricResult missing = first ? numerator : denominator;
      return MetricResult.undefined(
          formula,
          expression,
          unit,
          in.build(),
          (first ? numeratorName : denominatorName)
              + " is undefined: "
              + missing.undefinedReason().orElseThrow());
    }
    return MetricResult.ratio(
        formula,
        expression,
        unit,
        in.build(),
        numerator.value(),
        denominator.value().multiply(factor),
        BigDecimal.ONE,
        zeroName);
  }

  private static Map<String, BigDecimal> movementInputs(MovementTotals s) {
    return Inputs.create()
        .put("mrrAtStart", s.mrrAtStart())
        .put("newBusiness", s.newBusiness())
        .put("expansion", s.expansion())
        .put("contraction", s.contraction())
        .put("churn", s.churn())
        .put("reactivation", s.reactivation())
        .put("mrrAtEnd", s.mrrAtEnd())
        .build();
  }

  private static void requireAmount(MetricResult r, String name) {
    requireNonNull(r, name);
    if (r.unit() != Unit.AMOUNT) {
      throw new IllegalArgumentException(name + " must be an AMOUNT result, got " + r.unit());
    }
  }

  private static void nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
  }

  /** A ratio of an amount to the period's MRR at start, with the movements as inputs. */
  private static MetricResult overMrrAtStart(
      String name, String formula, MovementTotals s, Money numerator) {
    return MetricResult.ratio(
        name,
        formula,
        Unit.RATIO,
        movementInputs(s),
        numerator.amount(),
        s.mrrAtStart().amount(),
        BigDecimal.ONE,
        "MRR at start");
  }
}
