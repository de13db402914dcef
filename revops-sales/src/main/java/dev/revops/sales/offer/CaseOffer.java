package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a resolved service case gave the agent: the {@link CaseOfferRule}'s decision and, when it
 * triggered and an offer was eligible, the presentation. Immutable.
 *
 * @param decision whether the case triggers an offer, and why
 * @param presentation the offer presented, or null when none (not triggered, or nothing eligible)
 * @param note what happened, in words (ids only)
 */
public record CaseOffer(
    CaseOfferRule.Decision decision, OfferPresentation presentation, String note) {
  /** Checks the parts. */
  public CaseOffer {
    requireNonNull(decision, "decision");
    requireNonNull(note, "note");
    if (presentation != null && !decision.triggered()) {
      throw new IllegalArgumentException("an offer is presented only when the rule triggers");
    }
  }

  /**
   * Returns the presentation, if any.
   *
   * @return the presented offer, or empty
   */
  public Optional<OfferPresentation> offer() {
    return Optional.ofNullable(presentation);
  }
}
