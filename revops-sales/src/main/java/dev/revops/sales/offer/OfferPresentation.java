package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.sales.offer.OfferEvents.OfferAccepted;
import dev.revops.sales.offer.OfferEvents.OfferDeclined;
import dev.revops.sales.offer.OfferEvents.OfferFulfilled;
import dev.revops.sales.offer.OfferEvents.OfferFulfilmentFailed;
import dev.revops.sales.offer.OfferEvents.OfferFulfilmentRefused;
import dev.revops.sales.offer.OfferEvents.OfferPresented;
import java.time.Instant;
import java.util.Optional;

/**
 * One offer made to one customer: the offer as the catalog had it, the basis it was presented on
 * and how it was answered and fulfilled ({@link OfferLifecycle}). Its id is the idempotency key of
 * its fulfilment, so an acceptance replayed or retried fulfils once. Immutable and thread-safe;
 * changes return a {@link Changed} with the events, and a move the lifecycle does not allow throws
 * {@link dev.revops.core.error.IllegalTransitionException}.
 *
 * @param id the id
 * @param account the customer
 * @param offer the offer, as the catalog had it when presented
 * @param basis what it was presented on
 * @param outcome the answer and fulfilment so far
 * @param version the stored version
 */
public record OfferPresentation(
    OfferPresentationId id,
    AccountId account,
    Offer offer,
    PresentationBasis basis,
    OfferOutcome outcome,
    long version)
    implements Aggregate<OfferPresentationId, OfferPresentation> {

  /** Checks the parts. */
  public OfferPresentation {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(offer, "offer");
    requireNonNull(basis, "basis");
    requireNonNull(outcome, "outcome");
  }

  /**
   * Presents an offer.
   *
   * @param id the new presentation's id
   * @param account the customer
   * @param offer the offer
   * @param basis what it is presented on
   * @return the presentation and {@link OfferPresented}
   */
  public static Changed<OfferPresentation> present(
      OfferPresentationId id, AccountId account, Offer offer, PresentationBasis basis) {
    OfferPresentation p =
        new OfferPresentation(id, account, offer, basis, OfferOutcome.PRESENTED, NEW);
    return Changed.of(
        p,
        new OfferPresented(
            EventId.forChange(id, NEW, OfferPresented.class),
            id,
            account,
            offer.id(),
            basis.probability(),
            basis.expectedValue(),
            basis.fromCase(),
            basis.presentedAt()));
  }

  /**
   * Returns where it stands.
   *
   * @return the status
   */
  public OfferStatus status() {
    return outcome.status();
  }

  /**
   * Returns the key the fulfilment is made under: the presentation's id.
   *
   * @return the idempotency key
   */
  public String idempotencyKey() {
    return id.value();
  }

  /**
   * Records the acceptance; fulfilment is then pending.
   *
   * @param at when
   * @return the accepted presentation and {@link OfferAccepted}
   */
  public Changed<OfferPresentation> accept(Instant at) {
    OfferStatus to = OfferLifecycle.MACHINE.next(status(), OfferTrigger.ACCEPT);
    return Changed.of(
        with(new OfferOutcome(to, at, null, 0)),
        new OfferAccepted(
            EventId.forChange(id, version, OfferAccepted.class),
            id,
            account,
            offer.id(),
            offer.value().margin(),
            at));
  }

  /**
   * Records the decline; the offer's cool-down runs from {@code at}.
   *
   * @param at when
   * @return the declined presentation and {@link OfferDeclined}
   */
  public Changed<OfferPresentation> decline(Instant at) {
    OfferStatus to = OfferLifecycle.MACHINE.next(status(), OfferTrigger.DECLINE);
    return Changed.of(
        with(new OfferOutcome(to, at, null, 0)),
        new OfferDeclined(
            EventId.forChange(id, version, OfferDeclined.class), id, account, offer.id(), at));
  }

  /**
   * Records the fulfilment.
   *
   * @param reference the order id or the subscription change reference
   * @param at when
   * @return the fulfilled presentation and {@link OfferFulfilled}
   */
  public Changed<OfferPresentation> fulfilled(String reference, Instant at) {
    requireNonNull(reference, "reference");
    return Changed.of(
        settled(OfferTrigger.FULFIL, reference),
        new OfferFulfilled(
            EventId.forChange(id, version, OfferFulfilled.class), id, offer.id(), reference, at));
  }

  /**
   * Records a failed fulfilment attempt; the presentation stays accepted.
   *
   * @param at when
   * @return the presentation with one more failed attempt and {@link OfferFulfilmentFailed}
   * @throws dev.revops.core.error.IllegalTransitionException unless accepted
   */
  public Changed<OfferPresentation> fulfilmentFailed(Instant at) {
    if (status() != OfferStatus.ACCEPTED) {
      throw new dev.revops.core.error.IllegalTransitionException(
          status(),
          OfferTrigger.FULFIL,
          OfferLifecycle.MACHINE.allowedEvents(status()),
          "only an accepted offer is being fulfilled");
    }
    int attempt = outcome.failedAttempts() + 1;
    return Changed.of(
        with(new OfferOutcome(status(), outcome.answeredAt(), null, attempt)),
        new OfferFulfilmentFailed(
            EventId.forChange(id, version, OfferFulfilmentFailed.class), id, attempt, at));
  }

  /**
   * Records that billing refused the subscription change.
   *
   * @param reason billing's reason
   * @param at when
   * @return the refused presentation and {@link OfferFulfilmentRefused}
   */
  public Changed<OfferPresentation> refused(String reason, Instant at) {
    requireNonNull(reason, "reason");
    return Changed.of(
        settled(OfferTrigger.REFUSE, reason),
        new OfferFulfilmentRefused(
            EventId.forChange(id, version, OfferFulfilmentRefused.class), id, reason, at));
  }

  /** This accepted presentation settled by fulfilment or refusal, with the reference or reason. */
  private OfferPresentation settled(OfferTrigger trigger, String text) {
    OfferStatus to = OfferLifecycle.MACHINE.next(status(), trigger);
    return with(new OfferOutcome(to, outcome.answeredAt(), text, outcome.failedAttempts()));
  }

  /**
   * Returns the training example this presentation gives the model once answered.
   *
   * @return accepted (accepted, fulfilled or refused) or declined; empty while presented
   */
  public Optional<PastOffer> asPastOffer() {
    return switch (status()) {
      case PRESENTED -> Optional.empty();
      case DECLINED -> Optional.of(new PastOffer(offer.id(), basis.held(), false));
      case ACCEPTED, FULFILLED, REFUSED ->
          Optional.of(new PastOffer(offer.id(), basis.held(), true));
    };
  }

  @Override
  public OfferPresentation withVersion(long newVersion) {
    return new OfferPresentation(id, account, offer, basis, outcome, newVersion);
  }

  private OfferPresentation with(OfferOutcome o) {
    return new OfferPresentation(id, account, offer, basis, o, version);
  }
}
