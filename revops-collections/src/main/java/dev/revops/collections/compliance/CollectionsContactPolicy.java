package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPolicy;
import dev.revops.core.consent.ContactRule;
import dev.revops.core.consent.ContactRules;
import dev.revops.core.time.BusinessCalendar;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collections contact policy: core's consent rules (opt-out per medium, TCPA prior express
 * consent for texts and automated calls, do-not-call) adapted to debt requests, plus the
 * debt-specific rules. Every rule is on in {@link #standard}; {@link #forJurisdiction} switches
 * some off. Stateless; the policies are immutable and thread-safe.
 */
public final class CollectionsContactPolicy {
  /** Each rule id and the regulation it implements, in evaluation order. */
  public static final Map<String, String> REGULATIONS = regulations();

  private CollectionsContactPolicy() {}

  private static Map<String, String> regulations() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("consent.opted-out", "Reg F 12 CFR 1006.14(h) (medium opt-out); TCPA revocation");
    m.put(DebtContactRules.TELEPHONE_OPT_OUT, "Reg F 12 CFR 1006.14(h)");
    m.put("consent.prior-express-consent", "TCPA 47 U.S.C. 227(b)(1)(A)");
    m.put("consent.do-not-call", "TCPA 47 CFR 64.1200(c)(2) (conservative default)");
    m.put(DebtContactRules.CONVENIENT_HOURS, "FDCPA 15 U.S.C. 1692c(a)(1); Reg F 1006.6(b)(1)(i)");
    m.put(DebtContactRules.INCONVENIENT_TIME, "FDCPA 1692c(a)(1); Reg F 1006.6(b)(1)(i)");
    m.put(DebtContactRules.CALL_FREQUENCY, "Reg F 12 CFR 1006.14(b)(2)(i)");
    m.put(DebtContactRules.CALL_AFTER_CONVERSATION, "Reg F 12 CFR 1006.14(b)(2)(ii)");
    m.put(
        DebtContactRules.CEASE,
        "FDCPA 15 U.S.C. 1692c(c); Reg F 1006.6(c) (written notices of 1692c(c)(1)-(3) excepted)");
    m.put(DebtContactRules.DISPUTED, "FDCPA 15 U.S.C. 1692g(b)");
    m.put(DebtContactRules.VALIDATION_NOTICE, "FDCPA 1692g(a); Reg F 1006.34");
    m.put(DebtContactRules.BANKRUPTCY, "11 U.S.C. 362 (automatic stay)");
    m.put(DebtContactRules.DECEASED, "Reg F 1006.2(e) (estate handled by hand)");
    m.put(DebtContactRules.GDPR_OBJECTION, "GDPR Art. 21");
    m.put(DebtContactRules.GDPR_RESTRICTION, "GDPR Art. 18");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Every rule on.
   *
   * @param calendar the business calendar for the validation period
   * @return the policy
   */
  public static ContactPolicy<DebtContactRequest> standard(BusinessCalendar calendar) {
    requireNonNull(calendar, "calendar");
    List<ContactRule<DebtContactRequest>> rules =
        List.of(
            ContactRules.optOut().<DebtContactRequest>on(DebtContactRequest::contact),
            DebtContactRules.telephoneOptOut(),
            ContactRules.requireOptIn(EnumSet.of(Channel.SMS, Channel.AUTOMATED_CALL))
                .<DebtContactRequest>on(DebtContactRequest::contact),
            ContactRules.doNotCall().<DebtContactRequest>on(DebtContactRequest::contact),
            DebtContactRules.convenientHours(),
            DebtContactRules.inconvenientTimes(),
            DebtContactRules.callFrequency(),
            DebtContactRules.callAfterConversation(),
            DebtContactRules.ceaseCommunication(),
            DebtContactRules.disputedDebt(),
            DebtContactRules.validationNotice(calendar),
            DebtContactRules.bankruptcy(),
            DebtContactRules.deceased(),
            DebtContactRules.gdprObjection(),
            DebtContactRules.gdprRestriction());
    return ContactPolicy.of(rules);
  }

  /**
   * The policy of a jurisdiction: the standard one without its switched-off rules.
   *
   * @param jurisdiction the jurisdiction
   * @param calendar the business calendar
   * @return the policy
   */
  public static ContactPolicy<DebtContactRequest> forJurisdiction(
      Jurisdiction jurisdiction, BusinessCalendar calendar) {
    return standard(calendar).without(jurisdiction.switchedOff()::contains);
  }
}
