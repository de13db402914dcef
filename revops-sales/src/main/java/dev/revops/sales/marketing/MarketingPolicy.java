package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactPolicy;
import dev.revops.core.consent.ContactRule;
import dev.revops.core.time.BusinessCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The marketing contact policy: every rule of {@link MarketingRules}, set up from a {@link
 * MarketingComplianceConfig}, with the rules a jurisdiction switches off left out of its decisions.
 * Built on core's {@link ContactPolicy}, as collections' policy is. Immutable and thread-safe.
 */
public final class MarketingPolicy {
  private final MarketingComplianceConfig config;
  private final List<ContactRule<MarketingCheck>> rules;
  private final ContactPolicy<MarketingCheck> everyRule;
  private final Map<String, ContactPolicy<MarketingCheck>> byJurisdiction;

  private MarketingPolicy(
      MarketingComplianceConfig config, List<ContactRule<MarketingCheck>> rules) {
    this.config = config;
    this.rules = List.copyOf(rules);
    this.everyRule = ContactPolicy.of(this.rules);
    Map<String, ContactPolicy<MarketingCheck>> m = new HashMap<>();
    config
        .switchedOff()
        .forEach((code, off) -> m.put(code, everyRule.without(Set.copyOf(off)::contains)));
    this.byJurisdiction = Map.copyOf(m);
  }

  /**
   * Makes the policy of a configuration.
   *
   * @param config the configuration; checked here
   * @param calendar the business days revocations are counted in (its zone and holidays)
   * @return the policy
   * @throws dev.revops.core.error.InvalidInputException when the configuration is not valid
   */
  public static MarketingPolicy of(MarketingComplianceConfig config, BusinessCalendar calendar) {
    requireNonNull(config, "config").requireValid();
    requireNonNull(calendar, "calendar");
    Revocations revocations = new Revocations(config.consent(), calendar);
    List<ContactRule<MarketingCheck>> rules =
        List.of(
            MarketingRules.exclusion(),
            MarketingRules.gdprObjection(),
            MarketingRules.frequencyCap(config.frequencyCap()),
            MarketingRules.sendWindows(config.sendWindows()),
            MarketingRules.quietHours(config.quietHours()),
            MarketingRules.inconvenientTimes(),
            MarketingRules.writtenConsent(revocations),
            MarketingRules.revocation(revocations),
            MarketingRules.nationalDoNotCall(config.relationshipExemption(), revocations),
            MarketingRules.companyDoNotCall(revocations),
            MarketingRules.emailOptOut(revocations),
            MarketingRules.emailContent(),
            MarketingRules.eprivacyConsent(revocations));
    return new MarketingPolicy(config, rules);
  }

  /**
   * The default policy ({@link MarketingComplianceConfig#defaults()}).
   *
   * @param calendar the business calendar
   * @return the policy
   */
  public static MarketingPolicy standard(BusinessCalendar calendar) {
    return of(MarketingComplianceConfig.defaults(), calendar);
  }

  /**
   * Decides on an intended contact.
   *
   * @param request the intended contact
   * @param facts what the ports said about the person
   * @return the decision with every rule's outcome, citation and reason
   */
  public MarketingDecision decide(MarketingContactRequest request, MarketingFacts facts) {
    MarketingCheck check = new MarketingCheck(request, facts);
    return MarketingDecision.of(
        rulesFor(request.jurisdiction()).decide(check), MarketingRules.REGULATIONS);
  }

  /**
   * Returns the rules that apply in a jurisdiction.
   *
   * @param jurisdiction the code, e.g. {@code "US"}; one the configuration does not name gets every
   *     rule
   * @return the core policy
   */
  public ContactPolicy<MarketingCheck> rulesFor(String jurisdiction) {
    return byJurisdiction.getOrDefault(jurisdiction, everyRule);
  }

  /**
   * Returns a policy where a rule replaces the rule of the same id (a state's stricter version, a
   * host's own reading), keeping the switches.
   *
   * @param replacement the rule; its id must be one of {@link MarketingRules#REGULATIONS}
   * @return the new policy
   */
  public MarketingPolicy replacing(ContactRule<MarketingCheck> replacement) {
    requireNonNull(replacement, "replacement");
    List<ContactRule<MarketingCheck>> next = new ArrayList<>(rules.size());
    boolean found = false;
    for (ContactRule<MarketingCheck> r : rules) {
      if (r.id().equals(replacement.id())) {
        next.add(replacement);
        found = true;
      } else {
        next.add(r);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no marketing rule has the id " + replacement.id());
    }
    return new MarketingPolicy(config, next);
  }

  /**
   * Returns the configuration the policy was made of.
   *
   * @return the configuration
   */
  public MarketingComplianceConfig config() {
    return config;
  }
}
