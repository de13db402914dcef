package dev.revops.sales.offer;

/**
 * Estimates the probability that a customer accepts an offer, from what it holds. Two are shipped:
 * {@link NaiveBayesAcceptance}, learned from past offers and their answers, and {@link
 * AssociationAcceptance}, from what customers hold together. Implementations must be immutable and
 * thread-safe.
 */
public interface AcceptanceModel {
  /**
   * Estimates the probability of acceptance.
   *
   * @param offer the offer
   * @param holdings what the customer holds
   * @return the estimate, its probability within [0, 1]
   */
  Estimate estimate(Offer offer, Holdings holdings);
}
