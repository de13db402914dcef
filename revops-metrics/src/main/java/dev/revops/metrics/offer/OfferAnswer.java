package dev.revops.metrics.offer;

/** How a presented offer stands, as the offer KPIs count it. */
public enum OfferAnswer {
  /** Presented, not yet answered: counted as presented only. */
  OPEN,
  /** Accepted, fulfilment pending (or refused by billing): an acceptance, nothing realised. */
  ACCEPTED,
  /** Accepted and fulfilled: an acceptance whose margin is realised. */
  FULFILLED,
  /** Declined. */
  DECLINED;

  /**
   * Tells whether the customer has answered.
   *
   * @return true unless {@link #OPEN}
   */
  public boolean answered() {
    return this != OPEN;
  }

  /**
   * Tells whether the answer is an acceptance.
   *
   * @return true for {@link #ACCEPTED} and {@link #FULFILLED}
   */
  public boolean accepted() {
    return this == ACCEPTED || this == FULFILLED;
  }
}
