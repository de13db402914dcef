package dev.revops.sales.offer;

import static dev.revops.sales.offer.OfferStatus.ACCEPTED;
import static dev.revops.sales.offer.OfferStatus.DECLINED;
import static dev.revops.sales.offer.OfferStatus.FULFILLED;
import static dev.revops.sales.offer.OfferStatus.PRESENTED;
import static dev.revops.sales.offer.OfferStatus.REFUSED;

import dev.revops.core.statemachine.StateMachine;

/**
 * The offer presentation lifecycle: {@code PRESENTED} is answered once, {@code ACCEPT} to {@code
 * ACCEPTED} (pending fulfilment) or {@code DECLINE} to {@code DECLINED} (final); an accepted offer
 * is {@code FULFILLED} (final) when its order is placed or its subscription change applied, or
 * {@code REFUSED} (final) when billing refuses the change. A failed fulfilment attempt leaves it
 * {@code ACCEPTED}, to be retried. Stateless; the machine is immutable and thread-safe.
 */
public final class OfferLifecycle {
  /** The standard machine, shared. */
  public static final StateMachine<OfferStatus, OfferTrigger> MACHINE =
      StateMachine.<OfferStatus, OfferTrigger>builder(PRESENTED)
          .permit(PRESENTED, OfferTrigger.ACCEPT, ACCEPTED)
          .permit(PRESENTED, OfferTrigger.DECLINE, DECLINED)
          .permit(ACCEPTED, OfferTrigger.FULFIL, FULFILLED)
          .permit(ACCEPTED, OfferTrigger.REFUSE, REFUSED)
          .terminal(FULFILLED)
          .terminal(DECLINED)
          .terminal(REFUSED)
          .build();

  private OfferLifecycle() {}
}
