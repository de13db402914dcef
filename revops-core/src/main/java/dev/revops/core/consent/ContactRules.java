package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The general contact rules every outbound message meets, marketing or not. Collections adds its
 * debt-specific rules (Regulation F) on top. All rules are pure and thread-safe.
 */
public final class ContactRules {
  private ContactRules() {}

  /**
   * Blocks a channel the person opted out of (or revoked by keyword).
   *
   * @return the rule {@code consent.opted-out}
   */
  public static ContactRule<ContactRequest> optOut() {
    return rule(
        "consent.opted-out",
        r ->
            r.preferences().status(r.channel()) == ConsentStatus.OPTED_OUT
                ? RuleOutcome.block(
                    "consent.opted-out",
                    "the person opted out of "
                        + r.channel()
                        + " ("
                        + r.preferences().latest(r.channel()).map(ConsentRecord::source).orElse("")
                        + ")")
                : RuleOutcome.allow("consent.opted-out", "no opt-out on " + r.channel()));
  }

  /**
   * Requires prior express consent on some channels (TCPA: autodialled or prerecorded calls and
   * texts to mobiles).
   *
   * @param channels the channels that need an opt-in
   * @return the rule {@code consent.prior-express-consent}
   */
  public static ContactRule<ContactRequest> requireOptIn(Set<Channel> channels) {
    Set<Channel> needing = Set.copyOf(channels);
    String id = "consent.prior-express-consent";
    return rule(
        id,
        r -> {
          if (!needing.contains(r.channel())) {
            return RuleOutcome.notApplicable(id, r.channel() + " needs no prior consent");
          }
          return r.preferences().status(r.channel()) == ConsentStatus.OPTED_IN
              ? RuleOutcome.allow(id, "prior express consent on " + r.channel())
              : RuleOutcome.block(id, r.channel() + " needs prior express consent (TCPA)");
        });
  }

  /**
   * Blocks calls and texts to a person on a do-not-call list.
   *
   * @return the rule {@code consent.do-not-call}
   */
  public static ContactRule<ContactRequest> doNotCall() {
    String id = "consent.do-not-call";
    return realTimeRule(
        id,
        r -> {
          return r.preferences().doNotCall()
              ? RuleOutcome.block(id, "the person is on a do-not-call list")
              : RuleOutcome.allow(id, "not on a do-not-call list");
        });
  }

  /**
   * Blocks calls and texts in a window the person named as inconvenient, in any of their plausible
   * zones.
   *
   * @return the rule {@code consent.inconvenient-time}
   */
  public static ContactRule<ContactRequest> inconvenientTimes() {
    String id = "consent.inconvenient-time";
    return realTimeRule(
        id,
        r -> {
          for (ZoneId zone : r.zones()) {
            ZonedDateTime local = r.at().atZone(zone);
            for (InconvenientTime w : r.preferences().inconvenientTimes()) {
              if (w.contains(local)) {
                return RuleOutcome.block(
                    id,
                    "the person named "
                        + w.from()
                        + "-"
                        + w.to()
                        + " as inconvenient; it is "
                        + local.toLocalTime()
                        + " in "
                        + zone);
              }
            }
          }
          return RuleOutcome.allow(id, "outside every inconvenient time");
        });
  }

  /**
   * Allows calls and texts only between two local times in every plausible zone of the person (TCPA
   * telemarketing 8:00-21:00, 47 CFR 64.1200(c)(1); FDCPA's convenient hours use the same window).
   *
   * @param id the rule's id
   * @param from the earliest local time, inclusive
   * @param to the latest local time, exclusive
   * @return the rule
   */
  public static ContactRule<ContactRequest> callingHours(String id, LocalTime from, LocalTime to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return realTimeRule(
        id,
        r -> {
          for (ZoneId zone : r.zones()) {
            LocalTime local = r.at().atZone(zone).toLocalTime();
            if (local.isBefore(from) || !local.isBefore(to)) {
              return RuleOutcome.block(
                  id, "it is " + local + " in " + zone + ", outside " + from + "-" + to);
            }
          }
          return RuleOutcome.allow(id, "within " + from + "-" + to + " in every plausible zone");
        });
  }

  /**
   * The default policy for marketing and transactional messages: opt-outs honoured, prior express
   * consent for texts and automated calls, do-not-call, inconvenient times, and calls and texts
   * only 08:00-21:00 local.
   *
   * @return the policy
   */
  public static ContactPolicy<ContactRequest> defaultPolicy() {
    return ContactPolicy.of(
        optOut(),
        requireOptIn(EnumSet.of(Channel.SMS, Channel.AUTOMATED_CALL)),
        doNotCall(),
        inconvenientTimes(),
        callingHours("tcpa.calling-hours", LocalTime.of(8, 0), LocalTime.of(21, 0)));
  }

  /** A rule that applies to calls and texts only; other channels are not applicable. */
  private static ContactRule<ContactRequest> realTimeRule(
      String id, java.util.function.Function<ContactRequest, RuleOutcome> f) {
    return rule(
        id,
        r ->
            r.channel().isRealTime()
                ? f.apply(r)
                : RuleOutcome.notApplicable(id, r.channel() + " is not a call or text"));
  }

  private static ContactRule<ContactRequest> rule(
      String id, java.util.function.Function<ContactRequest, RuleOutcome> f) {
    return new ContactRule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public RuleOutcome evaluate(ContactRequest request) {
        return f.apply(request);
      }
    };
  }
}
