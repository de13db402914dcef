package dev.revops.sales.offer;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.sales.id.CaseId;
import java.time.Instant;

/** The domain events of offer presentations. Immutable records; ids only, never personal data. */
public final class OfferEvents {
  private OfferEvents() {}

  /** What every offer event has: the presentation's id, which is its aggregate id. */
  public interface OfferEvent extends DomainEvent {
    /**
     * Returns the presentation the event is about.
     *
     * @return its id
     */
    OfferPresentationId presentation();

    @Override
    default String aggregateId() {
      return presentation().value();
    }
  }

  /**
   * An offer was made available to a customer (or its agent).
   *
   * @param eventId the event's id
   * @param presentation the presentation
   * @param account the customer
   * @param offerId the offer
   * @param probability the estimated probability of acceptance
   * @param expectedValue P(accept) x margin
   * @param fromCase the service case that triggered it, or null
   * @param occurredAt when
   */
  public record OfferPresented(
      EventId eventId,
      OfferPresentationId presentation,
      AccountId account,
      String offerId,
      double probability,
      Money expectedValue,
      CaseId fromCase,
      Instant occurredAt)
      implements OfferEvent {}

  /**
   * The customer accepted; fulfilment is pending.
   *
   * @param eventId the event's id
   * @param presentation the presentation
   * @param account the customer
   * @param offerId the offer
   * @param margin the offer's margin, the value realised once fulfilled
   * @param occurredAt when
   */
  public record OfferAccepted(
      EventId eventId,
      OfferPresentationId presentation,
      AccountId account,
      String offerId,
      Money margin,
      Instant occurredAt)
      implements OfferEvent {}

  /**
   * The customer declined; the offer's cool-down starts.
   *
   * @param eventId the event's id
   * @param presentation the presentation
   * @param account the customer
   * @param offerId the offer
   * @param occurredAt when
   */
  public record OfferDeclined(
      EventId eventId,
      OfferPresentationId presentation,
      AccountId account,
      String offerId,
      Instant occurredAt)
      implements OfferEvent {}

  /**
   * An accepted offer was fulfilled.
   *
   * @param eventId the event's id
   * @param presentation the presentation
   * @param offerId the offer
   * @param reference the order id or the subscription change reference
   * @param occurredAt when
   */
  public record OfferFulfilled(
      EventId eventId,
      OfferPresentationId presentation,
      String offerId,
      String reference,
      Instant occurredAt)
      implements OfferEvent {}

  /**
   * A fulfilment attempt failed (the port threw); the offer stays accepted and is retried.
   *
   * @param eventId the event's id
   * @param presentation the presentation
   * @param attempt the number of the failed attempt, from 1
   * @param occurredAt when
   */
  public record OfferFulfilmentFailed(
      EventId eventId, OfferPresentationId presentation, int attempt, Instant occurredAt)
      implements OfferEvent {}

  /**
   * Billing refused the subscription change of an accepted upsell.
   *
   * @param eventId the event's id
   * @param presentation the presentation
   * @param reason billing's reason
   * @param occurredAt when
   */
  public record OfferFulfilmentRefused(
      EventId eventId, OfferPresentationId presentation, String reason, Instant occurredAt)
      implements OfferEvent {}
}
