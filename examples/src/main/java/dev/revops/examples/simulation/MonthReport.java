package dev.revops.examples.simulation;

import dev.revops.core.money.Money;
import dev.revops.metrics.collections.AgingSnapshot;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.subscription.MovementSummary;
import java.time.YearMonth;

/**
 * One simulated month: the KPIs of every module, computed by revops-metrics from the month's facts.
 * Immutable.
 *
 * @param month the calendar month
 * @param mrr MRR at start and end and its movements (reconciled by construction)
 * @param customerChurn churned customers that were paying at start / customers paying at start
 * @param netRevenueRetention (MRR at start + expansion - contraction - churn) / MRR at start
 * @param grossRevenueRetention (MRR at start - contraction - churn) / MRR at start
 * @param arpa MRR at end / paying customers at end
 * @param quickRatio (new + expansion + reactivation) / (contraction + churn)
 * @param leads leads captured in the month
 * @param qualified leads captured in the month that became marketing-qualified (score threshold)
 * @param converted leads converted into customers in the month (by conversion day)
 * @param leadConversion converted / captured, for the leads captured in the month
 * @param invoiced the total of the invoices finalized in the month (credit sales)
 * @param paid payments applied in the month
 * @param credited credit notes that reduced amounts due in the month
 * @param writtenOff amounts marked uncollectible in the month
 * @param aging open receivables by aging bucket on the last day of the month
 * @param dso standard DSO: ending AR / credit sales x days in the month
 * @param cei collection effectiveness index for the month
 * @param paymentsFailed failed charge attempts (first attempts and retries)
 * @param recoveredByRetry invoices paid by a scheduled retry after a failed first charge
 * @param contactsAllowed collection contacts the compliance gate allowed (and that were made)
 * @param contactsBlocked collection contacts the compliance gate blocked
 * @param rightPartyContactRate right-party contacts / call attempts
 * @param promiseToPayRate promises to pay / right-party contacts
 * @param casesOpened service cases opened in the month
 * @param casesResolved of those, closed by the end of the run
 * @param casesWithinSla of those, closed within every SLA target (response, update, solution)
 */
public record MonthReport(
    YearMonth month,
    MovementSummary mrr,
    MetricResult customerChurn,
    MetricResult netRevenueRetention,
    MetricResult grossRevenueRetention,
    MetricResult arpa,
    MetricResult quickRatio,
    long leads,
    long qualified,
    long converted,
    MetricResult leadConversion,
    Money invoiced,
    Money paid,
    Money credited,
    Money writtenOff,
    AgingSnapshot aging,
    MetricResult dso,
    MetricResult cei,
    long paymentsFailed,
    long recoveredByRetry,
    long contactsAllowed,
    long contactsBlocked,
    MetricResult rightPartyContactRate,
    MetricResult promiseToPayRate,
    long casesOpened,
    long casesResolved,
    long casesWithinSla) {}
