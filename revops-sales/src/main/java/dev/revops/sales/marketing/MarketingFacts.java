package dev.revops.sales.marketing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the host's ports said about a contact at the moment of a decision: exclusions (collections,
 * disputes), listings on the national and the company's do-not-call lists, and the marketing
 * contacts already made across every campaign and channel. {@link MarketingGate} gathers them;
 * tests and hosts with their own data access build them directly. Immutable.
 *
 * @param exclusions why the host excludes the contact, empty when it does not
 * @param nationalDncSince when the number was put on the national do-not-call registry, or null
 * @param companyDncSince when the person asked the company not to call (its own list), or null
 * @param recentSends instants of the marketing contacts already made or scheduled to the person, a
 *     cap window either side of the request (the gate reads them so)
 */
public record MarketingFacts(
    Set<ExclusionReason> exclusions,
    Instant nationalDncSince,
    Instant companyDncSince,
    List<Instant> recentSends) {

  /** Copies the collections. */
  public MarketingFacts {
    exclusions =
        exclusions == null || exclusions.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(exclusions));
    recentSends = recentSends == null ? List.of() : List.copyOf(recentSends);
  }

  /**
   * Nothing known: no exclusion, no listing, no earlier contact.
   *
   * @return the empty facts
   */
  public static MarketingFacts none() {
    return new MarketingFacts(Set.of(), null, null, List.of());
  }

  /**
   * Returns the same facts with an exclusion.
   *
   * @param reason why
   * @return the new facts
   */
  public MarketingFacts withExclusion(ExclusionReason reason) {
    Set<ExclusionReason> all = EnumSet.noneOf(ExclusionReason.class);
    all.addAll(exclusions);
    all.add(reason);
    return new MarketingFacts(all, nationalDncSince, companyDncSince, recentSends);
  }

  /**
   * Returns the same facts with a national do-not-call listing.
   *
   * @param since when the number was registered
   * @return the new facts
   */
  public MarketingFacts withNationalDnc(Instant since) {
    return new MarketingFacts(exclusions, since, companyDncSince, recentSends);
  }

  /**
   * Returns the same facts with a company do-not-call request.
   *
   * @param since when the person asked
   * @return the new facts
   */
  public MarketingFacts withCompanyDnc(Instant since) {
    return new MarketingFacts(exclusions, nationalDncSince, since, recentSends);
  }

  /**
   * Returns the same facts with these earlier contacts.
   *
   * @param sends the instants of the earlier marketing contacts
   * @return the new facts
   */
  public MarketingFacts withRecentSends(List<Instant> sends) {
    return new MarketingFacts(exclusions, nationalDncSince, companyDncSince, sends);
  }
}
