package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the eligible offers by expected value, P(accept) x margin, highest first; an ineligible
 * offer is never ranked. Ties are broken deterministically: the larger margin first, then the offer
 * id in text order. Stateless and thread-safe.
 */
public final class OfferRanking {
  /** The order: expected value, then margin (both descending), then id. */
  public static final Comparator<RankedOffer> ORDER =
      Comparator.comparingDouble(RankedOffer::expectedMinor)
          .reversed()
          .thenComparing(
              Comparator.comparingLong((RankedOffer r) -> r.offer().value().margin().minor())
                  .reversed())
          .thenComparing(r -> r.offer().id());

  private OfferRanking() {}

  /**
   * Ranks the eligible offers.
   *
   * @param eligibility what {@link OfferEligibility} decided, for every offer
   * @param model the acceptance model
   * @param holdings what the customer holds
   * @return the eligible offers, best first
   */
  public static List<RankedOffer> rank(
      List<Eligibility> eligibility, AcceptanceModel model, Holdings holdings) {
    requireNonNull(eligibility, "eligibility");
    requireNonNull(model, "model");
    requireNonNull(holdings, "holdings");
    List<RankedOffer> out = new ArrayList<>();
    for (Eligibility e : eligibility) {
      if (e.eligible()) {
        out.add(new RankedOffer(e.offer(), e.fromPlan(), model.estimate(e.offer(), holdings)));
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }
}
