package dev.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Growth and sales KPIs: revenue growth, conversion overall, per source and per funnel stage, win
 * rate, average deal size, sales cycle length, sales velocity, weighted pipeline and coverage, and
 * lead-to-customer time. Pure functions: stateless and thread-safe.
 */
public final class SalesMetrics {
  private static final DaysPerItem SALES_CYCLE =
      new DaysPerItem(
          "sales-cycle-length", "sum of days from creation to win / won count", "won", "won count");
  private static final DaysPerItem LEAD_TO_CUSTOMER =
      new DaysPerItem(
          "lead-to-customer-time",
          "sum of days from lead creation to conversion / converted leads",
          "converted",
          "converted leads");

  private SalesMetrics() {}

  /**
   * Revenue growth rate = (revenue this period − previous) / previous.
   *
   * @param current revenue this period
   * @param previous revenue of the previous period
   * @return a ratio (negative when revenue fell), undefined when the previous revenue is zero
   */
  public static MetricResult revenueGrowthRate(Money current, Money previous) {
    requireNonNull(current, "current");
    requireNonNull(previous, "previous");
    if (!current.isSameCurrency(previous)) {
      throw new CurrencyMismatchException(current.currency(), previous.currency());
    }
    return MetricResult.ratio(
        "revenue-growth-rate",
        "(revenue this period - previous) / previous",
        Unit.RATIO,
        Inputs.create().put("current", current).put("previous", previous).build(),
        current.minus(previous).amount(),
        previous.amount(),
        BigDecimal.ONE,
        "previous revenue");
  }

  /**
   * Sales conversion rate = leads that became customers / leads.
   *
   * @param leads the leads of the cohort (e.g. created in the period)
   * @return a ratio in {@code [0, 1]}, undefined with no lead
   */
  public static MetricResult conversionRate(Collection<LeadFact> leads) {
    requireNonNull(leads, "leads");
    long converted = leads.stream().filter(LeadFact::isConverted).count();
    return MetricResult.ratio(
        "conversion-rate",
        "converted leads / leads",
        Unit.RATIO,
        Inputs.create().put("converted", converted).put("leads", leads.size()).build(),
        BigDecimal.valueOf(converted),
        BigDecimal.valueOf(leads.size()),
        BigDecimal.ONE,
        "leads");
  }

  /**
   * Conversion rate per lead source.
   *
   * @param leads the leads
   * @return one result per source, by source name
   */
  public static Map<String, MetricResult> conversionRateBySource(Collection<LeadFact> leads) {
    requireNonNull(leads, "leads");
    Map<String, List<LeadFact>> bySource = new TreeMap<>();
    for (LeadFact lead : leads) {
      bySource.computeIfAbsent(lead.source(), s -> new ArrayList<>()).add(lead);
    }
    Map<String, MetricResult> result = new LinkedHashMap<>();
    bySource.forEach((source, list) -> result.put(source, conversionRate(list)));
    return Collections.unmodifiableMap(result);
  }

  /**
   * Stage-to-stage conversion and drop-off through an ordered funnel. A lead counts as having
   * reached every stage up to its furthest one.
   *
   * @param stages the funnel's stages in order, e.g. lead, MQL, SQL, opportunity, customer
   * @param leads the leads; each furthest stage must be one of {@code stages}
   * @return one step per consecutive pair of stages
   */
  public static List<FunnelStep> funnel(List<String> stages, Collection<LeadFact> leads) {
    requireNonNull(stages, "stages");
    requireNonNull(leads, "leads");
    if (stages.size() < 2) {
      throw new IllegalArgumentException("a funnel needs at least two stages");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      if (index.put(stages.get(i), i) != null) {
        throw new IllegalArgumentException("funnel stage " + stages.get(i) + " appears twice");
      }
    }
    long[] reached = new long[stages.size()];
    for (LeadFact lead : leads) {
      Integer furthest = index.get(lead.furthestStage());
      if (furthest == null) {
        throw new IllegalArgumentException(
            "lead " + lead.id() + ": stage " + lead.furthestStage() + " is not in the funnel");
      }
      for (int i = 0; i <= furthest; i++) {
        reached[i]++;
      }
    }
    List<FunnelStep> steps = new ArrayList<>();
    for (int i = 0; i + 1 < stages.size(); i++) {
      Map<String, BigDecimal> in =
          Inputs.create()
              .put("reached[" + stages.get(i) + "]", reached[i])
              .put("reached[" + stages.get(i + 1) + "]", reached[i + 1])
              .build();
      MetricResult conversion =
          MetricResult.ratio(
              "funnel-stage-conversion",
              "leads reaching the next stage / leads reaching the stage",
              Unit.RATIO,
              in,
              BigDecimal.valueOf(reached[i + 1]),
              BigDecimal.valueOf(reached[i]),
              BigDecimal.ONE,
              "leads reaching " + stages.get(i));
      MetricResult dropOff =
          MetricResult.ratio(
              "funnel-stage-drop-off",
              "1 - stage conversion",
              Unit.RATIO,
              in,
              BigDecimal.valueOf(reached[i] - reached[i + 1]),
              BigDecimal.valueOf(reached[i]),
              BigDecimal.ONE,
              "leads reaching " + stages.get(i));
      steps.add(
          new FunnelStep(
              stages.get(i), stages.get(i + 1), reached[i], reached[i + 1], conversion, dropOff));
    }
    return List.copyOf(steps);
  }

  /**
   * Win rate = won / (won + lost); open opportunities do not count.
   *
   * @param opportunities the opportunities
   * @return a ratio in {@code [0, 1]}, undefined when none closed
   */
  public static MetricResult winRate(Collection<OpportunityFact> opportunities) {
    long won = count(opportunities, OpportunityStatus.WON);
    long lost = count(opportunities, OpportunityStatus.LOST);
    return MetricResult.ratio(
        "win-rate",
        "won / (won + lost)",
        Unit.RATIO,
        Inputs.create().put("won", won).put("lost", lost).build(),
        BigDecimal.valueOf(won),
        BigDecimal.valueOf(won + lost),
        BigDecimal.ONE,
        "closed opportunities");
  }

  /**
   * Average deal size = won amount / won count.
   *
   * @param opportunities the opportunities
   * @param currency the currency every amount must have
   * @return an amount, undefined when none was won
   */
  public static MetricResult averageDealSize(
      Collection<OpportunityFact> opportunities, Currency currency) {
    requireNonNull(currency, "currency");
    Money wonAmount = Money.zero(currency);
    long won = 0;
    for (OpportunityFact o : opportunities) {
      if (o.status() == OpportunityStatus.WON) {
        wonAmount = wonAmount.plus(o.amount());
        won++;
      }
    }
    return MetricResult.amount(
        "average-deal-size",
        "won amount / won count",
        currency,
        Inputs.create().put("wonAmount", wonAmount).put("won", won).build(),
        won == 0 ? null : MetricResult.divide(wonAmount.amount(), BigDecimal.valueOf(won)),
        "no opportunity was won");
  }

  /**
   * Sales cycle length = average days from creation to close of won opportunities.
   *
   * @param opportunities the opportunities
   * @return days, undefined when none was won
   */
  public static MetricResult salesCycleLength(Collection<OpportunityFact> opportunities) {
    long won = 0;
    long days = 0;
    for (OpportunityFact o : opportunities) {
      if (o.status() == OpportunityStatus.WON) {
        won++;
        days += ChronoUnit.DAYS.between(o.createdOn(), o.closedOn());
      }
    }
    return SALES_CYCLE.of(days, won);
  }

  /**
   * Sales velocity = open opportunities × average deal size × win rate / sales cycle length: the
   * revenue the pipeline produces per day.
   *
   * @param opportunities the opportunities; open ones are counted, closed ones give deal size, win
   *     rate and cycle length
   * @param currency the currency
   * @return an amount per day, undefined when any factor is undefined or the cycle is zero days
   */
  public static MetricResult salesVelocity(
      Collection<OpportunityFact> opportunities, Currency currency) {
    long open = count(opportunities, OpportunityStatus.OPEN);
    MetricResult size = averageDealSize(opportunities, currency);
    MetricResult win = winRate(opportunities);
    MetricResult cycle = salesCycleLength(opportunities);
    Inputs in = Inputs.create().put("openOpportunities", open);
    size.valueIfDefined().ifPresent(v -> in.put("averageDealSize", v));
    win.valueIfDefined().ifPresent(v -> in.put("winRate", v));
    cycle.valueIfDefined().ifPresent(v -> in.put("salesCycleDays", v));
    String reason = null;
    BigDecimal value = null;
    if (!size.isDefined() || !win.isDefined() || !cycle.isDefined()) {
      reason = "no closed or won opportunity to measure from";
    } else if (cycle.value().signum() == 0) {
      reason = "sales cycle length is zero days";
    } else {
      value =
          MetricResult.divide(
              BigDecimal.valueOf(open).multiply(size.value()).multiply(win.value()), cycle.value());
    }
    return MetricResult.amount(
        "sales-velocity",
        "open opportunities x average deal size x win rate / sales cycle days",
        currency,
        in.build(),
        value,
        reason);
  }

  /**
   * Weighted pipeline = the sum over open opportunities of amount × probability.
   *
   * @param opportunities the opportunities
   * @param currency the currency
   * @return an amount (exact, not rounded)
   */
  public static MetricResult weightedPipeline(
      Collection<OpportunityFact> opportunities, Currency currency) {
    requireNonNull(currency, "currency");
    BigDecimal sum = BigDecimal.ZERO;
    long open = 0;
    for (OpportunityFact o : opportunities) {
      if (o.status() == OpportunityStatus.OPEN) {
        same(currency, o.amount());
        sum = sum.add(o.amount().amount().multiply(o.probability().fraction()));
        open++;
      }
    }
    return MetricResult.amount(
        "weighted-pipeline",
        "sum of open amount x probability",
        currency,
        Inputs.create().put("openOpportunities", open).build(),
        sum,
        null);
  }

  /**
   * Pipeline coverage = open pipeline (weighted or not) / quota.
   *
   * @param opportunities the opportunities
   * @param quota the quota of the period
   * @param weighted whether to weight each open amount by its probability
   * @return a ratio, undefined when the quota is zero
   */
  public static MetricResult pipelineCoverage(
      Collection<OpportunityFact> opportunities, Money quota, boolean weighted) {
    requireNonNull(quota, "quota");
    BigDecimal pipeline = BigDecimal.ZERO;
    for (OpportunityFact o : opportunities) {
      if (o.status() == OpportunityStatus.OPEN) {
        same(quota.currency(), o.amount());
        BigDecimal amount = o.amount().amount();
        pipeline = pipeline.add(weighted ? amount.multiply(o.probability().fraction()) : amount);
      }
    }
    return MetricResult.ratio(
        weighted ? "pipeline-coverage/weighted" : "pipeline-coverage/unweighted",
        (weighted ? "weighted" : "unweighted") + " open pipeline / quota",
        Unit.RATIO,
        Inputs.create().put("pipeline", pipeline).put("quota", quota).build(),
        pipeline,
        quota.amount(),
        BigDecimal.ONE,
        "quota");
  }

  /**
   * Lead-to-customer time = average days from lead creation to conversion, over converted leads.
   *
   * @param leads the leads
   * @return days, undefined when none converted
   */
  public static MetricResult leadToCustomerTime(Collection<LeadFact> leads) {
    long converted = 0;
    long days = 0;
    for (LeadFact lead : leads) {
      if (lead.isConverted()) {
        converted++;
        days += ChronoUnit.DAYS.between(lead.createdOn(), lead.convertedOn());
      }
    }
    return LEAD_TO_CUSTOMER.of(days, converted);
  }

  /**
   * An average in days: total days / a count of items, both given as inputs ({@code totalDays} and
   * {@code countName}), undefined with the reason {@code noneCounted} when the count is zero.
   */
  private record DaysPerItem(
      String formula, String expression, String countName, String noneCounted) {
    MetricResult of(long days, long count) {
      return MetricResult.ratio(
          formula,
          expression,
          Unit.DAYS,
          Inputs.create().put("totalDays", days).put(countName, count).build(),
          BigDecimal.valueOf(days),
          BigDecimal.valueOf(count),
          BigDecimal.ONE,
          noneCounted);
    }
  }

  private static long count(Collection<OpportunityFact> opportunities, OpportunityStatus status) {
    requireNonNull(opportunities, "opportunities");
    return opportunities.stream().filter(o -> o.status() == status).count();
  }

  private static void same(Currency currency, Money amount) {
    if (!amount.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, amount.currency());
    }
  }
}
