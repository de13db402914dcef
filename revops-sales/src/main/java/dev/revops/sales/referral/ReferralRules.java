package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The referral fraud and eligibility rules, each with a stable id named in every {@link Rejection}
 * (DOMAIN.md section 7: reward on the referred customer's first paid invoice, once; reject
 * self-referrals by the same e-mail, phone, payment fingerprint or address; cap rewards per
 * referrer). Pure and thread-safe; the facts come from the host ({@link ReferralPartyFacts}) and
 * are compared after {@link FactNormaliser}; no rejection carries their values.
 *
 * <table>
 *   <caption>Rules and when they run</caption>
 *   <tr><th>Id</th><th>Refuses</th><th>At</th></tr>
 *   <tr><td>{@value #SELF_ACCOUNT}</td><td>the referrer referring its own account</td>
 *       <td>attribution, qualification</td></tr>
 *   <tr><td>{@value #SELF_EMAIL}, {@value #SELF_PHONE}, {@value #SELF_PAYMENT},
 *       {@value #SELF_ADDRESS}</td><td>the same fact for both parties</td>
 *       <td>attribution (the lead's facts), qualification (the account's facts)</td></tr>
 *   <tr><td>{@value #ALREADY_CUSTOMER}</td><td>a referred account that already was a customer</td>
 *       <td>attribution</td></tr>
 *   <tr><td>{@value #ALREADY_REFERRED}</td><td>a lead or account another live or rewarded
 *       referral holds</td><td>attribution, account link, qualification</td></tr>
 *   <tr><td>{@value #CAP_PERIOD}, {@value #CAP_TOTAL}</td><td>a referrer over its cap</td>
 *       <td>qualification</td></tr>
 * </table>
 */
public final class ReferralRules {
  /** Rule id: the referred account is the referrer's own. */
  public static final String SELF_ACCOUNT = "referral.self-account";

  /** Rule id: the same e-mail address after normalisation. */
  public static final String SELF_EMAIL = "referral.self-email";

  /** Rule id: the same phone number after normalisation. */
  public static final String SELF_PHONE = "referral.self-phone";

  /** Rule id: the same payment fingerprint. */
  public static final String SELF_PAYMENT = "referral.self-payment";

  /** Rule id: the same postal address after normalisation. */
  public static final String SELF_ADDRESS = "referral.self-address";

  /** Rule id: the referred account already was a customer. */
  public static final String ALREADY_CUSTOMER = "referral.already-customer";

  /** Rule id: the referred lead or account is already referred (rewarded once at most). */
  public static final String ALREADY_REFERRED = "referral.already-referred";

  /** Rule id: the referrer's cap per rolling period. */
  public static final String CAP_PERIOD = "referral.cap-period";

  /** Rule id: the referrer's cap in total. */
  public static final String CAP_TOTAL = "referral.cap-total";

  /** Rule id: a person rejected it by hand. */
  public static final String MANUAL = "referral.manual";

  /** Rule id: the referred customer's first invoice was refunded or charged back. */
  public static final String PAYMENT_REVERSED = "referral.payment-reversed";

  /** Every rule id with what it implements, for the README's table. */
  public static final Map<String, String> RULES =
      Map.ofEntries(
          Map.entry(SELF_ACCOUNT, "no self-referral: the same account"),
          Map.entry(SELF_EMAIL, "no self-referral: the same e-mail"),
          Map.entry(SELF_PHONE, "no self-referral: the same phone"),
          Map.entry(SELF_PAYMENT, "no self-referral: the same payment fingerprint"),
          Map.entry(SELF_ADDRESS, "no self-referral: the same postal address"),
          Map.entry(ALREADY_CUSTOMER, "a customer is not referred again"),
          Map.entry(ALREADY_REFERRED, "a referred party is rewarded once"),
          Map.entry(CAP_PERIOD, "rewards per referrer per rolling period"),
          Map.entry(CAP_TOTAL, "rewards per referrer in total"),
          Map.entry(MANUAL, "rejected by hand"),
          Map.entry(PAYMENT_REVERSED, "the qualifying payment was reversed"));

  private final ReferralPolicy policy;

  /**
   * Creates the rules.
   *
   * @param policy the caps and phone country (never null)
   */
  public ReferralRules(ReferralPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public ReferralPolicy policy() {
    return policy;
  }

  /**
   * The self-referral rules: the first of e-mail, phone, payment fingerprint and address that both
   * parties share after normalisation.
   *
   * @param referrer the referrer's facts (never null)
   * @param referred the referred party's facts (never null)
   * @return the rejection, or empty when no fact is shared
   */
  public Optional<Rejection> selfReferral(PartyFacts referrer, PartyFacts referred) {
    requireNonNull(referrer, "referrer");
    requireNonNull(referred, "referred");
    if (same(FactNormaliser.email(referrer.email()), FactNormaliser.email(referred.email()))) {
      return reject(SELF_EMAIL, "the referred party has the referrer's e-mail address");
    }
    String country = policy.phoneCountry();
    if (same(
        FactNormaliser.phone(referrer.phone(), country),
        FactNormaliser.phone(referred.phone(), country))) {
      return reject(SELF_PHONE, "the referred party has the referrer's phone number");
    }
    if (same(
        FactNormaliser.fingerprint(referrer.paymentFingerprint()),
        FactNormaliser.fingerprint(referred.paymentFingerprint()))) {
      return reject(SELF_PAYMENT, "the referred party pays with the referrer's payment method");
    }
    if (same(
        FactNormaliser.address(referrer.postalAddress()),
        FactNormaliser.address(referred.postalAddress()))) {
      return reject(SELF_ADDRESS, "the referred party has the referrer's postal address");
    }
    return Optional.empty();
  }

  /**
   * The rules at attribution.
   *
   * @param referrer the code's owner
   * @param referredAccount the referred account if already known, or null
   * @param wasCustomer whether that account already was a customer
   * @param others the referrals that already hold the lead or the account
   * @param referrerFacts the referrer's facts
   * @param referredFacts the lead's (or account's) facts
   * @return the first rule that refuses, or empty
   */
  public Optional<Rejection> atAttribution(
      AccountId referrer,
      AccountId referredAccount,
      boolean wasCustomer,
      List<Referral> others,
      PartyFacts referrerFacts,
      PartyFacts referredFacts) {
    Optional<Rejection> self = ownOrSelf(referrer, referredAccount, referrerFacts, referredFacts);
    if (self.isPresent()) {
      return self;
    }
    if (wasCustomer) {
      return reject(ALREADY_CUSTOMER, "the referred account already was a customer");
    }
    return alreadyReferred(null, others);
  }

  /**
   * The "already referred" rule: another referral than {@code self} holds the party and is alive or
   * rewarded.
   *
   * @param self the referral being decided, or null for a new one
   * @param others the referrals that hold the same lead or account
   * @return the rejection, or empty
   */
  public Optional<Rejection> alreadyReferred(ReferralId self, List<Referral> others) {
    for (Referral o : others) {
      if (!o.id().equals(self) && o.status() != ReferralStatus.REJECTED) {
        return reject(ALREADY_REFERRED, "the referred party is already referred");
      }
    }
    return Optional.empty();
  }

  /**
   * The rules at qualification, in order: own account, self-referral with the account's facts,
   * already referred, cap in total, cap per rolling period.
   *
   * @param referral the referral to qualify (attributed, with its referred account)
   * @param referrerFacts the referrer's facts
   * @param referredFacts the referred account's facts (with its payment fingerprint if known)
   * @param sameAccount the referrals that hold the same referred account
   * @param ofReferrer every referral of the referrer
   * @param paidAt when the first invoice was paid
   * @return the first rule that refuses, or empty
   */
  public Optional<Rejection> atQualification(
      Referral referral,
      PartyFacts referrerFacts,
      PartyFacts referredFacts,
      List<Referral> sameAccount,
      List<Referral> ofReferrer,
      Instant paidAt) {
    return ownOrSelf(referral.referrer(), referral.referredAccount(), referrerFacts, referredFacts)
        .or(() -> alreadyReferred(referral.id(), sameAccount))
        .or(() -> overCap(referral.id(), ofReferrer, paidAt));
  }

  /**
   * The cap rules: counts the referrer's qualified and rewarded referrals other than {@code self}
   * in total and within one period either side of {@code at} (payment events may arrive out of
   * order, so a later-paid referral may have qualified first): no window of the period's length
   * then ever holds more than the cap.
   *
   * @param self the referral being decided
   * @param ofReferrer every referral of the referrer
   * @param at when the new one would qualify
   * @return the rejection, or empty when under both caps
   */
  public Optional<Rejection> overCap(ReferralId self, List<Referral> ofReferrer, Instant at) {
    int total = 0;
    int inPeriod = 0;
    Instant from = policy.period() == null ? null : at.minus(policy.period());
    Instant until = policy.period() == null ? null : at.plus(policy.period());
    for (Referral r : ofReferrer) {
      if (r.id().equals(self) || !r.countsTowardCap()) {
        continue;
      }
      total++;
      if (from != null && r.paidAt().isAfter(from) && r.paidAt().isBefore(until)) {
        inPeriod++;
      }
    }
    if (policy.maxTotal() != null && total >= policy.maxTotal()) {
      return reject(
          CAP_TOTAL, "the referrer reached its cap of " + policy.maxTotal() + " rewards in total");
    }
    if (policy.maxPerPeriod() != null && inPeriod >= policy.maxPerPeriod()) {
      return reject(
          CAP_PERIOD,
          "the referrer reached its cap of "
              + policy.maxPerPeriod()
              + " rewards per "
              + policy.period());
    }
    return Optional.empty();
  }

  private static boolean same(String a, String b) {
    return a != null && Objects.equals(a, b);
  }

  /** The own-account rule, then the self-referral rules. */
  private Optional<Rejection> ownOrSelf(
      AccountId referrer,
      AccountId referredAccount,
      PartyFacts referrerFacts,
      PartyFacts referredFacts) {
    if (referrer.equals(referredAccount)) {
      return reject(SELF_ACCOUNT, "the referrer referred its own account");
    }
    return selfReferral(referrerFacts, referredFacts);
  }

  private static Optional<Rejection> reject(String id, String reason) {
    return Optional.of(new Rejection(id, reason));
  }
}
