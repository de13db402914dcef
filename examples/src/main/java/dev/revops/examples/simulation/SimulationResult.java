package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.activity.Activity;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.sales.FunnelStep;
import dev.revops.metrics.subscription.CohortRow;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a simulation run produced: one report per month, the whole-run funnel, cohorts and books,
 * and the collections activity log. Immutable (the lists are copies).
 *
 * @param config what was simulated
 * @param months one report per simulated month, oldest first
 * @param cohorts cohort retention by signup month (customers of the initial book included)
 * @param funnel lead funnel over all leads: lead, MQL, SQL, customer
 * @param conversionBySource lead-to-customer conversion per lead source
 * @param winRate won / (won + lost) opportunities
 * @param salesCycle average days from opportunity to won
 * @param promiseKeptRate promises to pay kept / promises due, by count
 * @param ledger money totals read back from the invoices
 * @param projected the same months computed by metrics' event-stream projection from the run's MRR
 *     and receivable events, for comparison with the batch calculators
 * @param activities the collections activity log, in order
 * @param contactsMade attempt ids of the contacts the simulation actually made
 * @param customers customer accounts created (initial book plus converted leads)
 * @param duplicateLeads captures the lead service recognised as an existing lead
 * @param ordersFulfilled onboarding orders (core orders) paid through their invoice and fulfilled
 * @param eventsPublished domain events the services published (all through the outbox)
 * @param outboxDelivered events the outbox relay delivered to the publisher
 * @param outboxPending events still waiting in the outbox at the end (0 when every delivery
 *     succeeded)
 * @param growth the cross-sell campaign with its A/B test, the referrals and the plan retirement
 */
public record SimulationResult(
    SimulationConfig config,
    List<MonthReport> months,
    List<CohortRow> cohorts,
    List<FunnelStep> funnel,
    Map<String, MetricResult> conversionBySource,
    MetricResult winRate,
    MetricResult salesCycle,
    MetricResult promiseKeptRate,
    Ledger ledger,
    List<PeriodReport> projected,
    List<Activity> activities,
    Set<String> contactsMade,
    long customers,
    long duplicateLeads,
    long ordersFulfilled,
    long eventsPublished,
    long outboxDelivered,
    long outboxPending,
    Growth growth) {
  /** Copies the collections. */
  public SimulationResult {
    requireNonNull(config, "config");
    months = List.copyOf(months);
    cohorts = List.copyOf(cohorts);
    funnel = List.copyOf(funnel);
    conversionBySource = Map.copyOf(conversionBySource);
    projected = List.copyOf(projected);
    activities = List.copyOf(activities);
    contactsMade = Set.copyOf(contactsMade);
    requireNonNull(growth, "growth");
  }

  /**
   * The last simulated month.
   *
   * @return its report
   */
  public MonthReport last() {
    return months.get(months.size() - 1);
  }
}
