package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

/**
 * What a marketing rule reads: the request and the facts the ports gave for it. Immutable.
 *
 * @param request the intended contact
 * @param facts exclusions, do-not-call listings and earlier contacts
 */
public record MarketingCheck(MarketingContactRequest request, MarketingFacts facts) {
  /** Checks both parts are present. */
  public MarketingCheck {
    requireNonNull(request, "request");
    requireNonNull(facts, "facts");
  }
}
