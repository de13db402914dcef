package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.subscription.MovementType;
import java.util.List;
import java.util.Map;

/**
 * The figures of one period {@code [start, end)}, from a {@link MetricsProjection} or in batch from
 * the full history ({@link BatchReports}); the two are equal for the same events. Feed them to the
 * calculators (e.g. {@code SubscriptionMetrics.netMrrChurn(report.mrr())}). Immutable and
 * thread-safe; null is never accepted.
 *
 * @param period the period
 * @param mrr MRR at start and end and the movements in between
 * @param customersAtStart paying customers at the start
 * @param customersAtEnd paying customers at the end
 * @param movementCounts how many movements of each kind happened (every kind present)
 * @param funnelEntries per lead source, how many leads entered each funnel stage in the period (one
 *     count per stage, in funnel order); sources with no entry are absent
 * @param receivables AR at start and end and its changes
 * @param contacts how many contact attempts had each outcome (every outcome present)
 */
public record PeriodReport(
    DateRange period,
    MrrTotals mrr,
    long customersAtStart,
    long customersAtEnd,
    Map<MovementType, Long> movementCounts,
    Map<String, List<Long>> funnelEntries,
    ReceivableTotals receivables,
    Map<ContactOutcome, Long> contacts) {
  /** Checks the fields and copies the maps. */
  public PeriodReport {
    requireNonNull(period, "period");
    requireNonNull(mrr, "mrr");
    requireNonNull(receivables, "receivables");
    movementCounts = Map.copyOf(movementCounts);
    contacts = Map.copyOf(contacts);
    funnelEntries =
        funnelEntries.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }
}
