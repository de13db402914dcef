package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentRecord;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactRule;
import dev.revops.core.consent.RuleOutcome;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The marketing contact rules, each with a stable id named in every decision and the regulation it
 * implements ({@link #REGULATIONS}). Rules are core {@link ContactRule}s over a {@link
 * MarketingCheck}, pure and thread-safe; {@link MarketingPolicy} assembles them from a {@link
 * MarketingComplianceConfig} and switches them per jurisdiction. Time rules check every plausible
 * zone, so an uncertain zone or a daylight-saving change can only make them stricter.
 *
 * <p>Sources: 47 CFR 64.1200 (TCPA rules, as amended by FCC 24-24 of 2024 on revocation); 15 U.S.C.
 * 7704 (CAN-SPAM); Directive 2002/58/EC art. 13 (ePrivacy); Regulation (EU) 2016/679 art. 21
 * (GDPR); DOMAIN.md section 7.
 */
public final class MarketingRules {
  /** Rule id: a contact the host excludes (collections cease or block, an open dispute). */
  public static final String EXCLUSION = "marketing.exclusion";

  /** Rule id: the frequency cap per person across every campaign. */
  public static final String FREQUENCY_CAP = "marketing.frequency-cap";

  /** Rule id: the send window of the channel, in the person's local time. */
  public static final String SEND_WINDOW = "marketing.send-window";

  /** Rule id: no telephone solicitation before 08:00 or from 21:00 local time. */
  public static final String QUIET_HOURS = "tcpa.quiet-hours";

  /** Rule id: prior express written consent for automated telemarketing calls and texts. */
  public static final String WRITTEN_CONSENT = "tcpa.written-consent";

  /** Rule id: a revocation of calls or texts by any reasonable means. */
  public static final String REVOCATION = "tcpa.revocation";

  /** Rule id: the national do-not-call registry, with the established business relationship. */
  public static final String NATIONAL_DNC = "dnc.national";

  /** Rule id: the company's own do-not-call list. */
  public static final String COMPANY_DNC = "dnc.company";

  /** Rule id: an e-mail opt-out (CAN-SPAM). */
  public static final String EMAIL_OPT_OUT = "canspam.opt-out";

  /** Rule id: what a commercial e-mail must carry (CAN-SPAM). */
  public static final String EMAIL_CONTENT = "canspam.message";

  /** Rule id: consent or the soft opt-in for electronic marketing in the EU. */
  public static final String EPRIVACY_CONSENT = "eprivacy.consent";

  /** Rule id: a time the person named inconvenient (core's rule, reused). */
  public static final String INCONVENIENT_TIME = "consent.inconvenient-time";

  /** Rule id: an objection to direct marketing (GDPR). */
  public static final String GDPR_OBJECTION = "gdpr.objection";

  /** Marketing calls and texts: what TCPA calls a telephone solicitation. */
  private static final Predicate<Outreach> TELEPHONE_MARKETING =
      o -> o.isMarketing() && o.isTelephone();

  /** Commercial e-mail. */
  private static final Predicate<Outreach> MARKETING_EMAIL =
      o -> o.isMarketing() && o.channel() == Channel.EMAIL;

  /** Each rule id and the regulation it implements, in evaluation order. */
  public static final Map<String, String> REGULATIONS = regulations();

  private MarketingRules() {}

  private static Map<String, String> regulations() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(
        EXCLUSION,
        "DOMAIN.md 7: a contact under a collections cease request (FDCPA 15 U.S.C. 1692c(c)),"
            + " a dispute (1692g(b)) or a do-not-contact flag is no marketing target");
    m.put(GDPR_OBJECTION, "GDPR (EU) 2016/679 art. 21(2)-(3)");
    m.put(FREQUENCY_CAP, "company policy: contacts per person per rolling window, all campaigns");
    m.put(SEND_WINDOW, "company policy: send window per channel in the person's local time");
    m.put(QUIET_HOURS, "TCPA 47 CFR 64.1200(c)(1)");
    m.put(
        INCONVENIENT_TIME,
        "company policy: times the person named inconvenient (core ContactRules.inconvenientTimes)");
    m.put(
        WRITTEN_CONSENT, "TCPA 47 CFR 64.1200(a)(2), (a)(3); (f)(9) prior express written consent");
    m.put(REVOCATION, "TCPA 47 CFR 64.1200(a)(10) (FCC 24-24): revocation by any reasonable means");
    m.put(
        NATIONAL_DNC,
        "TCPA 47 CFR 64.1200(c)(2); exemption (f)(5) established business relationship");
    m.put(
        COMPANY_DNC,
        "TCPA 47 CFR 64.1200(d)(3); (f)(5)(i) a do-not-call request ends the relationship");
    m.put(EMAIL_OPT_OUT, "CAN-SPAM 15 U.S.C. 7704(a)(4)");
    m.put(EMAIL_CONTENT, "CAN-SPAM 15 U.S.C. 7704(a)(1), (a)(3), (a)(5)(A)");
    m.put(EPRIVACY_CONSENT, "ePrivacy Directive 2002/58/EC art. 13(1), 13(2) (soft opt-in)");
    return Collections.unmodifiableMap(m);
  }

  /**
   * Blocks marketing to a contact the host excludes: collections asked to cease or blocks contact,
   * or a dispute is open.
   *
   * @return the rule {@value #EXCLUSION}
   */
  public static ContactRule<MarketingCheck> exclusion() {
    return applying(
        EXCLUSION,
        Outreach::isMarketing,
        "not marketing",
        (c, o) -> {
          Set<ExclusionReason> reasons = c.facts().exclusions();
          return reasons.isEmpty()
              ? RuleOutcome.allow(EXCLUSION, "not excluded by collections or a dispute")
              : RuleOutcome.block(
                  EXCLUSION, "excluded from marketing: " + new java.util.TreeSet<>(reasons));
        });
  }

  /**
   * Blocks a contact that would put more than {@code maxContacts} contacts, across every campaign
   * and channel, in some window {@code (x - window, x]} that holds it: the windows ending at the
   * contact and at each later contact less than a window after it. In time order this is the count
   * of {@code (at - window, at]}; campaigns deciding out of time order (each with its own clock)
   * cannot overfill a window either. {@link MarketingGate} records each allowed contact under the
   * person's lock.
   *
   * @param cap the cap, or null for none
   * @return the rule {@value #FREQUENCY_CAP}
   */
  public static ContactRule<MarketingCheck> frequencyCap(FrequencyCap cap) {
    return rule(
        FREQUENCY_CAP,
        c -> {
          if (cap == null) {
            return RuleOutcome.notApplicable(FREQUENCY_CAP, "no frequency cap configured");
          }
          Instant at = c.request().at();
          List<Instant> sends = c.facts().recentSends();
          Instant fullest = at;
          int most = inWindowEndingAt(sends, at, cap.window());
          for (Instant s : sends) {
            if (s.isAfter(at) && s.isBefore(at.plus(cap.window()))) {
              int n = inWindowEndingAt(sends, s, cap.window());
              if (n > most) {
                most = n;
                fullest = s;
              }
            }
          }
          if (most >= cap.maxContacts()) {
            return RuleOutcome.block(
                FREQUENCY_CAP,
                most
                    + " contacts already in the "
                    + cap.window()
                    + " up to "
                    + fullest
                    + "; at most "
                    + cap.maxContacts());
          }
          return RuleOutcome.allow(
              FREQUENCY_CAP,
              most
                  + " of "
                  + cap.maxContacts()
                  + " contacts in every "
                  + cap.window()
                  + " around it");
        });
  }

  private static int inWindowEndingAt(List<Instant> sends, Instant end, java.time.Duration window) {
    Instant from = end.minus(window);
    int n = 0;
    for (Instant s : sends) {
      if (s.isAfter(from) && !s.isAfter(end)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Allows a contact only inside its channel's send window in every plausible zone of the person.
   * An automated call without its own window uses the live call's.
   *
   * @param windows the window per channel; a channel without one is not limited
   * @return the rule {@value #SEND_WINDOW}
   */
  public static ContactRule<MarketingCheck> sendWindows(Map<Channel, TimeWindow> windows) {
    Map<Channel, TimeWindow> byChannel = Map.copyOf(windows);
    return rule(
        SEND_WINDOW,
        c -> {
          Channel channel = c.request().outreach().channel();
          TimeWindow w = byChannel.get(channel);
          if (w == null && channel == Channel.AUTOMATED_CALL) {
            w = byChannel.get(Channel.PHONE);
          }
          if (w == null) {
            return RuleOutcome.notApplicable(SEND_WINDOW, "no send window for " + channel);
          }
          ZonedDateTime outside = w.firstOutside(c.request().at(), c.request().zones());
          return outside == null
              ? RuleOutcome.allow(
                  SEND_WINDOW, "within the " + channel + " window " + w + " in every zone")
              : RuleOutcome.block(SEND_WINDOW, outsideReason(outside, channel + " window " + w));
        });
  }

  /**
   * Blocks telephone solicitation (marketing calls and texts) outside the quiet hours in any
   * plausible zone of the called party; 21:00 itself is outside (the stricter reading of "after 9
   * pm").
   *
   * @param hours the allowed hours, within 08:00-21:00
   * @return the rule {@value #QUIET_HOURS}
   */
  public static ContactRule<MarketingCheck> quietHours(TimeWindow hours) {
    requireNonNull(hours, "hours");
    if (!TimeWindow.TCPA_HOURS.covers(hours) || !hours.from().isBefore(hours.to())) {
      throw new IllegalArgumentException("quiet hours may only narrow 08:00-21:00, got " + hours);
    }
    return applying(
        QUIET_HOURS,
        TELEPHONE_MARKETING,
        "not a telephone solicitation",
        (c, o) -> {
          ZonedDateTime outside = hours.firstOutside(c.request().at(), c.request().zones());
          return outside == null
              ? RuleOutcome.allow(QUIET_HOURS, "within " + hours + " in every plausible zone")
              : RuleOutcome.block(QUIET_HOURS, outsideReason(outside, "calling hours " + hours));
        });
  }

  /**
   * Blocks calls and texts in a window the person named inconvenient, in any plausible zone: core's
   * {@link dev.revops.core.consent.ContactRules#inconvenientTimes()} over the request.
   *
   * @return the rule {@value #INCONVENIENT_TIME}
   */
  public static ContactRule<MarketingCheck> inconvenientTimes() {
    return dev.revops.core.consent.ContactRules.inconvenientTimes()
        .on(
            c ->
                new dev.revops.core.consent.ContactRequest(
                    c.request().contact(),
                    c.request().zones(),
                    c.request().outreach().channel(),
                    c.request().at(),
                    c.request().outreach().purpose()));
  }

  /**
   * Requires prior express written consent for a marketing call using an autodialer or an
   * artificial or prerecorded voice and for every marketing text: the latest consent in effect on
   * the medium must be an opt-in whose source marks a signed written agreement. A later revocation
   * takes effect when it must be honoured.
   *
   * @param revocations how consent is read
   * @return the rule {@value #WRITTEN_CONSENT}
   */
  static ContactRule<MarketingCheck> writtenConsent(Revocations revocations) {
    return applying(
        WRITTEN_CONSENT,
        TELEPHONE_MARKETING.and(Outreach::usesAutomation),
        "not an automated telemarketing call or text",
        (c, o) -> {
          return revocations.writtenConsent(c.request().contact(), o.channel(), c.request().at())
              ? RuleOutcome.allow(
                  WRITTEN_CONSENT, "prior express written consent on " + o.channel())
              : RuleOutcome.block(
                  WRITTEN_CONSENT,
                  "an automated marketing "
                      + o.channel()
                      + " needs prior express written consent, and none is in effect");
        });
  }

  /**
   * Blocks marketing calls and texts after a revocation on the medium (live and automated calls are
   * one medium; texts another), from when it must be honoured.
   *
   * @param revocations how consent is read
   * @return the rule {@value #REVOCATION}
   */
  static ContactRule<MarketingCheck> revocation(Revocations revocations) {
    int days = revocations.handling().revocationBusinessDays();
    return applying(
        REVOCATION,
        TELEPHONE_MARKETING,
        "not a marketing call or text",
        (c, o) -> {
          ConsentRecord r =
              revocations.inEffect(
                  c.request().contact(),
                  Revocations.medium(o.channel()),
                  c.request().at(),
                  days,
                  x -> true);
          return r != null && r.status() == ConsentStatus.OPTED_OUT
              ? RuleOutcome.block(
                  REVOCATION,
                  "consent to " + r.channel() + " revoked at " + r.at() + honoured(days))
              : RuleOutcome.allow(REVOCATION, "no revocation in effect on " + o.channel());
        });
  }

  /**
   * Blocks marketing calls and texts to a number on the national do-not-call registry, unless the
   * person gave prior express written consent or an established business relationship holds: a
   * purchase within {@code purchaseMonths}, or an inquiry within {@code inquiryMonths}, in every
   * plausible zone, and no request to the company's own list (which ends the relationship).
   *
   * @param exemption the relationship's months
   * @param revocations how consent is read
   * @return the rule {@value #NATIONAL_DNC}
   */
  static ContactRule<MarketingCheck> nationalDoNotCall(
      RelationshipExemption exemption, Revocations revocations) {
    requireNonNull(exemption, "exemption");
    return applying(
        NATIONAL_DNC,
        TELEPHONE_MARKETING,
        "not a telephone solicitation",
        (c, o) -> {
          MarketingContactRequest r = c.request();
          Instant listed = c.facts().nationalDncSince();
          if (listed == null || listed.isAfter(r.at())) {
            return RuleOutcome.allow(NATIONAL_DNC, "not on the national do-not-call registry");
          }
          if (revocations.writtenConsent(r.contact(), o.channel(), r.at())) {
            return RuleOutcome.allow(
                NATIONAL_DNC, "on the national registry; exempt by prior express written consent");
          }
          Instant companyDnc = c.facts().companyDncSince();
          if (r.contact().doNotCall() || (companyDnc != null && !companyDnc.isAfter(r.at()))) {
            return RuleOutcome.block(
                NATIONAL_DNC,
                "on the national registry; the person's do-not-call request to the company ends"
                    + " any established business relationship");
          }
          String ebr = relationship(exemption, r);
          return ebr != null
              ? RuleOutcome.allow(NATIONAL_DNC, "on the national registry; exempt: " + ebr)
              : RuleOutcome.block(
                  NATIONAL_DNC,
                  "on the national do-not-call registry, no established business relationship"
                      + " (purchase within "
                      + exemption.purchaseMonths()
                      + " months, inquiry within "
                      + exemption.inquiryMonths()
                      + ") and no written consent");
        });
  }

  /**
   * Tells whether an established business relationship holds at the request's instant, in every
   * plausible zone.
   *
   * @return what it rests on, or null when none holds
   */
  private static String relationship(RelationshipExemption e, MarketingContactRequest r) {
    CustomerRelationship rel = r.relationship();
    if (within(rel.lastPurchase(), e.purchaseMonths(), r)) {
      return "purchase at " + rel.lastPurchase() + " within " + e.purchaseMonths() + " months";
    }
    if (within(rel.lastInquiry(), e.inquiryMonths(), r)) {
      return "inquiry at " + rel.lastInquiry() + " within " + e.inquiryMonths() + " months";
    }
    return null;
  }

  private static boolean within(Instant event, int months, MarketingContactRequest r) {
    if (event == null || months == 0 || event.isAfter(r.at())) {
      return false;
    }
    for (ZoneId zone : r.zones()) {
      if (!r.at().isBefore(event.atZone(zone).plusMonths(months).toInstant())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Blocks marketing calls and texts to a person who asked the company not to call (on the
   * company's list, from when the request must be honoured, or with core's do-not-call flag set in
   * their preferences); no relationship exempts it.
   *
   * @param revocations how long a request may take
   * @return the rule {@value #COMPANY_DNC}
   */
  static ContactRule<MarketingCheck> companyDoNotCall(Revocations revocations) {
    int days = revocations.handling().revocationBusinessDays();
    return applying(
        COMPANY_DNC,
        TELEPHONE_MARKETING,
        "not a telephone solicitation",
        (c, o) -> {
          if (c.request().contact().doNotCall()) {
            return RuleOutcome.block(
                COMPANY_DNC, "the person's preferences carry the do-not-call flag");
          }
          Instant since = c.facts().companyDncSince();
          if (since != null && !revocations.honouredFrom(since, days).isAfter(c.request().at())) {
            return RuleOutcome.block(
                COMPANY_DNC, "on the company's do-not-call list since " + since + honoured(days));
          }
          return RuleOutcome.allow(COMPANY_DNC, "not on the company's do-not-call list");
        });
  }

  /**
   * Blocks marketing e-mail after an e-mail opt-out, from when it must be honoured.
   *
   * @param revocations how consent is read
   * @return the rule {@value #EMAIL_OPT_OUT}
   */
  static ContactRule<MarketingCheck> emailOptOut(Revocations revocations) {
    int days = revocations.handling().emailOptOutBusinessDays();
    return applying(
        EMAIL_OPT_OUT,
        MARKETING_EMAIL,
        "not a commercial e-mail",
        (c, o) -> {
          ConsentRecord r =
              revocations.inEffect(
                  c.request().contact(), Set.of(Channel.EMAIL), c.request().at(), days, x -> true);
          return r != null && r.status() == ConsentStatus.OPTED_OUT
              ? RuleOutcome.block(
                  EMAIL_OPT_OUT, "opted out of e-mail at " + r.at() + honoured(days))
              : RuleOutcome.allow(EMAIL_OPT_OUT, "no e-mail opt-out in effect");
        });
  }

  /**
   * Blocks a commercial e-mail that lacks a working opt-out, the sender's identification, a postal
   * address, or (unless the person opted in to e-mail) its identification as an advertisement.
   *
   * @return the rule {@value #EMAIL_CONTENT}
   */
  public static ContactRule<MarketingCheck> emailContent() {
    return applying(
        EMAIL_CONTENT,
        MARKETING_EMAIL,
        "not a commercial e-mail",
        (c, o) -> {
          MarketingContactRequest r = c.request();
          MessageContent m = r.message();
          if (m == null) {
            return RuleOutcome.block(EMAIL_CONTENT, "the message's content is not known");
          }
          List<String> missing = new ArrayList<>(4);
          if (!m.workingOptOut()) {
            missing.add("a working opt-out (7704(a)(3))");
          }
          if (!m.senderIdentified()) {
            missing.add("the sender's identification (7704(a)(1))");
          }
          if (!m.hasPostalAddress()) {
            missing.add("a postal address (7704(a)(5)(A)(iii))");
          }
          boolean affirmativeConsent = r.contact().status(Channel.EMAIL) == ConsentStatus.OPTED_IN;
          if (!m.identifiedAsAdvertisement() && !affirmativeConsent) {
            missing.add("its identification as an advertisement (7704(a)(5)(A)(i))");
          }
          return missing.isEmpty()
              ? RuleOutcome.allow(EMAIL_CONTENT, "opt-out, sender, postal address present")
              : RuleOutcome.block(EMAIL_CONTENT, "the e-mail lacks " + String.join(", ", missing));
        });
  }

  /**
   * Requires consent for marketing e-mail, texts and automated calls, except the soft opt-in for
   * e-mail and texts: an existing customer (a purchase) offered the chance to refuse when the
   * details were collected, a product of a category they bought, an opt-out in this message, and no
   * refusal since. A withdrawal of consent takes effect at once.
   *
   * @param revocations how consent is read
   * @return the rule {@value #EPRIVACY_CONSENT}
   */
  static ContactRule<MarketingCheck> eprivacyConsent(Revocations revocations) {
    Set<Channel> covered = EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.AUTOMATED_CALL);
    return applying(
        EPRIVACY_CONSENT,
        o ->
            o.isMarketing()
                && (covered.contains(o.channel()) || (o.usesAutomation() && o.isTelephone())),
        "not electronic mail nor an automated call",
        (c, o) -> {
          MarketingContactRequest r = c.request();
          ConsentRecord consent =
              revocations.inEffect(
                  r.contact(), Revocations.medium(o.channel()), r.at(), 0, x -> true);
          if (consent != null && consent.status() == ConsentStatus.OPTED_IN) {
            return RuleOutcome.allow(EPRIVACY_CONSENT, "consent to " + consent.channel());
          }
          if (consent != null) {
            return RuleOutcome.block(EPRIVACY_CONSENT, "the person refused " + o.channel());
          }
          if (o.channel() != Channel.EMAIL && o.channel() != Channel.SMS) {
            return RuleOutcome.block(
                EPRIVACY_CONSENT, "an automated call needs consent (art. 13(1))");
          }
          List<String> missing = softOptInGaps(r);
          return missing.isEmpty()
              ? RuleOutcome.allow(
                  EPRIVACY_CONSENT,
                  "soft opt-in: existing customer, similar product " + o.product())
              : RuleOutcome.block(
                  EPRIVACY_CONSENT,
                  "no consent, and no soft opt-in: " + String.join(", ", missing));
        });
  }

  private static List<String> softOptInGaps(MarketingContactRequest r) {
    CustomerRelationship rel = r.relationship();
    List<String> missing = new ArrayList<>(4);
    if (rel.lastPurchase() == null || rel.lastPurchase().isAfter(r.at())) {
      missing.add("not an existing customer");
    } else if (r.outreach().product() == null
        || !rel.purchasedProducts().contains(r.outreach().product())) {
      missing.add("no purchase of a similar product");
    }
    if (!rel.optOutOfferedAtCollection()) {
      missing.add("no opt-out offered when the details were collected");
    }
    if (r.message() == null || !r.message().workingOptOut()) {
      missing.add("no opt-out in this message");
    }
    return missing;
  }

  /**
   * Blocks every direct marketing after the person objected to it.
   *
   * @return the rule {@value #GDPR_OBJECTION}
   */
  public static ContactRule<MarketingCheck> gdprObjection() {
    return applying(
        GDPR_OBJECTION,
        Outreach::isMarketing,
        "not direct marketing",
        (c, o) -> {
          Instant objected = c.request().relationship().objectedToMarketingAt();
          return objected != null && !objected.isAfter(c.request().at())
              ? RuleOutcome.block(
                  GDPR_OBJECTION, "objected to direct marketing at " + objected + " (absolute)")
              : RuleOutcome.allow(GDPR_OBJECTION, "no objection to direct marketing");
        });
  }

  private static String honoured(int days) {
    return days == 0 ? ", honoured at once" : ", honoured within " + days + " business days";
  }

  private static String outsideReason(ZonedDateTime local, String window) {
    return "it is " + local.toLocalTime() + " in " + local.getZone() + ", outside the " + window;
  }

  /**
   * A rule for the outreach it {@code applies} to only: any other is not applicable, for the reason
   * {@code otherwise}; the check is given the request's outreach.
   */
  private static ContactRule<MarketingCheck> applying(
      String id,
      Predicate<Outreach> applies,
      String otherwise,
      BiFunction<MarketingCheck, Outreach, RuleOutcome> check) {
    return rule(
        id,
        c -> {
          Outreach o = c.request().outreach();
          if (!applies.test(o)) {
            return RuleOutcome.notApplicable(id, otherwise);
          }
          return check.apply(c, o);
        });
  }

  /**
   * Makes a rule from an id and a function; for hosts and tests that add or replace a rule.
   *
   * @param id the rule's id
   * @param f the rule's body
   * @return the rule
   */
  public static ContactRule<MarketingCheck> rule(
      String id, Function<MarketingCheck, RuleOutcome> f) {
    requireNonNull(id, "id");
    requireNonNull(f, "f");
    return new ContactRule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public RuleOutcome evaluate(MarketingCheck request) {
        return f.apply(request);
      }
    };
  }
}
