package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.port.OfferHistory;
import dev.revops.sales.port.OfferHoldings;
import dev.revops.sales.port.SubscriptionChanges;

/**
 * The ports {@link OfferService} runs on. A parameter record: immutable, thread-safe when its parts
 * are; no part is null.
 *
 * @param history the presentations (presented, accepted, declined, fulfilled)
 * @param holdings what each customer holds
 * @param changes billing's subscription changes, for accepted upsells
 * @param cases the service cases, for offers after a resolved case
 * @param feedback the CSAT answers, for offers after a resolved case
 */
public record OfferPorts(
    OfferHistory history,
    OfferHoldings holdings,
    SubscriptionChanges changes,
    CaseRepository cases,
    FeedbackLog feedback) {
  /** Checks that every part is there. */
  public OfferPorts {
    requireNonNull(history, "history");
    requireNonNull(holdings, "holdings");
    requireNonNull(changes, "changes");
    requireNonNull(cases, "cases");
    requireNonNull(feedback, "feedback");
  }
}
