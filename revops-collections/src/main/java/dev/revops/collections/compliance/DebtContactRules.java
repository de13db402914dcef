package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactRule;
import dev.revops.core.consent.InconvenientTime;
import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Function;

/**
 * The debt-specific contact rules (FDCPA, Regulation F, bankruptcy, GDPR). Each rule has a stable
 * id named in every decision, is pure and thread-safe, and can be switched off per jurisdiction
 * through {@link Jurisdiction}. Time rules check every plausible zone of the consumer, so
 * daylight-saving changes and uncertain zones can only make them stricter.
 */
public final class DebtContactRules {
  /** Rule id: convenient hours 08:00-21:00 local (FDCPA 1692c(a)(1), Reg F 1006.6(b)(1)(i)). */
  public static final String CONVENIENT_HOURS = "fdcpa.convenient-hours";

  /** Rule id: times the consumer named inconvenient (1692c(a)(1), 1006.6(b)(1)(i)). */
  public static final String INCONVENIENT_TIME = "regf.inconvenient-time";

  /** Rule id: more than 7 calls in 7 consecutive days per debt (1006.14(b)(2)(i)). */
  public static final String CALL_FREQUENCY = "regf.call-frequency";

  /** Rule id: a call within 7 days after a telephone conversation (1006.14(b)(2)(ii)). */
  public static final String CALL_AFTER_CONVERSATION = "regf.call-after-conversation";

  /**
   * Rule id: cease communication (FDCPA 1692c(c), Reg F 1006.6(c)); the written notices of
   * 1692c(c)(1)-(3) pass.
   */
  public static final String CEASE = "fdcpa.cease-communication";

  /** Rule id: disputed debt on hold until verified (FDCPA 1692g(b)). */
  public static final String DISPUTED = "fdcpa.disputed-debt";

  /** Rule id: validation notice within 5 days of the first contact (1692g(a), 1006.34). */
  public static final String VALIDATION_NOTICE = "fdcpa.validation-notice";

  /** Rule id: telephone is one medium: an opt-out of calls covers live and automated calls. */
  public static final String TELEPHONE_OPT_OUT = "regf.telephone-opt-out";

  /** Rule id: bankruptcy automatic stay (11 U.S.C. 362). */
  public static final String BANKRUPTCY = "bankruptcy.automatic-stay";

  /** Rule id: deceased debtor. */
  public static final String DECEASED = "collections.deceased";

  /** Rule id: GDPR Art. 21 objection. */
  public static final String GDPR_OBJECTION = "gdpr.objection";

  /** Rule id: GDPR Art. 18 restriction. */
  public static final String GDPR_RESTRICTION = "gdpr.restriction";

  /** Calls allowed in 7 consecutive days per debt. */
  public static final int MAX_CALLS_IN_SEVEN_DAYS = 7;

  private static final LocalTime EARLIEST = LocalTime.of(8, 0);
  private static final LocalTime LATEST = LocalTime.of(21, 0);

  private DebtContactRules() {}

  /**
   * Tells whether a channel is a telephone call.
   *
   * @param channel the channel
   * @return true for live and automated calls
   */
  public static boolean isCall(Channel channel) {
    return channel == Channel.PHONE || channel == Channel.AUTOMATED_CALL;
  }

  /**
   * Blocks every contact but a letter outside 08:00-21:00 in any plausible zone of the consumer. An
   * e-mail or text counts at the instant it is sent (Reg F); letters arrive at a time the postal
   * service chooses and are not checked.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> convenientHours() {
    return convenientHours(EARLIEST, LATEST);
  }

  /**
   * Like {@link #convenientHours()} with another window, for a jurisdiction with stricter hours
   * (replace the default with {@code policy.without(CONVENIENT_HOURS::equals).with(...)}).
   *
   * @param from the earliest local time, inclusive; not before 08:00
   * @param to the latest local time, exclusive; not after 21:00
   * @return the rule, with the same id
   */
  public static ContactRule<DebtContactRequest> convenientHours(LocalTime from, LocalTime to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (from.isBefore(EARLIEST) || to.isAfter(LATEST) || !from.isBefore(to)) {
      throw new IllegalArgumentException(
          "convenient hours may only narrow 08:00-21:00, got " + from + "-" + to);
    }
    String window = from + "-" + to;
    return rule(
        CONVENIENT_HOURS,
        r -> {
          Channel c = r.contact().channel();
          if (c == Channel.LETTER) {
            return RuleOutcome.notApplicable(CONVENIENT_HOURS, "letters are not time-bound");
          }
          for (ZoneId zone : r.contact().zones()) {
            LocalTime local = r.contact().at().atZone(zone).toLocalTime();
            if (local.isBefore(from) || !local.isBefore(to)) {
              return RuleOutcome.block(
                  CONVENIENT_HOURS,
                  "it is "
                      + local
                      + " in "
                      + zone
                      + ", outside "
                      + window
                      + " (presumed inconvenient)");
            }
          }
          return RuleOutcome.allow(
              CONVENIENT_HOURS, "within " + window + " in every plausible zone");
        });
  }

  /**
   * Blocks every contact but a letter in a window the consumer named inconvenient, in any plausible
   * zone.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> inconvenientTimes() {
    return rule(
        INCONVENIENT_TIME,
        r -> {
          if (r.contact().channel() == Channel.LETTER) {
            return RuleOutcome.notApplicable(INCONVENIENT_TIME, "letters are not time-bound");
          }
          for (ZoneId zone : r.contact().zones()) {
            ZonedDateTime local = r.contact().at().atZone(zone);
            for (InconvenientTime w : r.contact().preferences().inconvenientTimes()) {
              if (w.contains(local)) {
                return RuleOutcome.block(
                    INCONVENIENT_TIME,
                    "the consumer named "
                        + w.from()
                        + "-"
                        + w.to()
                        + " inconvenient ("
                        + zone
                        + ")");
              }
            }
          }
          return RuleOutcome.allow(INCONVENIENT_TIME, "outside every named inconvenient time");
        });
  }

  /**
   * Blocks an 8th call to a debt within 7 consecutive days: the calls already placed on the local
   * days {@code [d-6, d]} of the intended call are counted in every plausible zone, so no window of
   * 7 consecutive days ever holds more than 7 calls.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> callFrequency() {
    return callFrequency(MAX_CALLS_IN_SEVEN_DAYS);
  }

  /**
   * Like {@link #callFrequency()} with a lower limit, for a jurisdiction that allows fewer calls in
   * 7 days (a state rule stricter than Regulation F).
   *
   * @param maxCalls calls allowed in 7 consecutive days, 1 to 7
   * @return the rule, with the same id
   */
  public static ContactRule<DebtContactRequest> callFrequency(int maxCalls) {
    if (maxCalls < 1 || maxCalls > MAX_CALLS_IN_SEVEN_DAYS) {
      throw new IllegalArgumentException("maxCalls must be within 1..7, got " + maxCalls);
    }
    return rule(
        CALL_FREQUENCY,
        r -> {
          if (!isCall(r.contact().channel())) {
            return RuleOutcome.notApplicable(CALL_FREQUENCY, "not a telephone call");
          }
          for (ZoneId zone : r.contact().zones()) {
            LocalDate day = r.contact().at().atZone(zone).toLocalDate();
            // the seven days as instants, converted once: a call's local day is in the window
            // exactly when its instant is
            Instant from = day.minusDays(6).atStartOfDay(zone).toInstant();
            Instant until = day.plusDays(1).atStartOfDay(zone).toInstant();
            long calls = 0;
            for (ContactAttempt a : r.history()) {
              if (a.isCall() && !a.at().isBefore(from) && a.at().isBefore(until)) {
                calls++;
              }
            }
            if (calls >= maxCalls) {
              return RuleOutcome.block(
                  CALL_FREQUENCY,
                  calls
                      + " calls already placed from "
                      + day.minusDays(6)
                      + " to "
                      + day
                      + " ("
                      + zone
                      + "); at most "
                      + maxCalls
                      + " in 7 consecutive days");
            }
          }
          return RuleOutcome.allow(
              CALL_FREQUENCY, "fewer than " + maxCalls + " calls in the last 7 days");
        });
  }

  /**
   * Blocks a call within 7 days after a telephone conversation about the debt; the day of the
   * conversation is day 1, in every plausible zone.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> callAfterConversation() {
    return rule(
        CALL_AFTER_CONVERSATION,
        r -> {
          if (!isCall(r.contact().channel())) {
            return RuleOutcome.notApplicable(CALL_AFTER_CONVERSATION, "not a telephone call");
          }
          for (ZoneId zone : r.contact().zones()) {
            LocalDate day = r.contact().at().atZone(zone).toLocalDate();
            // 0 to 6 days before today in the zone, as instants converted once
            Instant from = day.minusDays(6).atStartOfDay(zone).toInstant();
            Instant until = day.plusDays(1).atStartOfDay(zone).toInstant();
            for (ContactAttempt a : r.history()) {
              if (!a.isCall() || !a.conversation()) {
                continue;
              }
              if (!a.at().isBefore(from) && a.at().isBefore(until)) {
                LocalDate talked = a.at().atZone(zone).toLocalDate();
                return RuleOutcome.block(
                    CALL_AFTER_CONVERSATION,
                    "telephone conversation on "
                        + talked
                        + " ("
                        + zone
                        + "); no call until "
                        + talked.plusDays(7));
              }
            }
          }
          return RuleOutcome.allow(
              CALL_AFTER_CONVERSATION, "no telephone conversation in the last 7 days");
        });
  }

  /**
   * Tells whether a channel carries a written notice for the cease-communication exceptions: a
   * letter or an e-mail. Calls and texts (the real-time channels) do not.
   *
   * @param channel the channel
   * @return true for {@code LETTER} and {@code EMAIL}
   */
  public static boolean isWrittenNotice(Channel channel) {
    return !channel.isRealTime();
  }

  /**
   * Blocks every contact after the consumer asked in writing to cease communication, except the
   * three notices FDCPA 15 U.S.C. 1692c(c) (Reg F 12 CFR 1006.6(c)(2)) still allows, sent by letter
   * or e-mail: that further efforts are being terminated, that specified remedies may be invoked,
   * that a specified remedy will be invoked ({@link ContactKind#isCeaseExemptNotice()}). Each
   * reason names the provision. The notices are limited to written channels as the stricter choice:
   * the statute names notifications, and a call or text after a cease request is where a notice
   * turns into a collection attempt. The other rules (opt-out, hours, consent, dispute, bankruptcy,
   * ...) still apply to the notices.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> ceaseCommunication() {
    return rule(
        CEASE,
        r -> {
          Instant ceased = r.facts().ceaseRequestedAt();
          if (ceased == null) {
            return RuleOutcome.allow(CEASE, "no cease-communication request");
          }
          ContactKind kind = r.kind();
          Channel channel = r.contact().channel();
          if (!kind.isCeaseExemptNotice()) {
            return RuleOutcome.block(
                CEASE,
                "the consumer asked to cease communication on "
                    + ceased
                    + "; only the written notices of 1692c(c)(1)-(3) may follow ("
                    + kind.ceaseCitation()
                    + ")");
          }
          if (!isWrittenNotice(channel)) {
            return RuleOutcome.block(
                CEASE,
                "the consumer asked to cease communication on "
                    + ceased
                    + "; a "
                    + kind
                    + " goes by letter or e-mail only, not "
                    + channel
                    + " ("
                    + kind.ceaseCitation()
                    + ")");
          }
          return RuleOutcome.allow(
              CEASE,
              "written "
                  + kind
                  + " allowed after the cease request of "
                  + ceased
                  + " ("
                  + kind.ceaseCitation()
                  + ")");
        });
  }

  /**
   * Blocks collection while the debt is disputed and not verified; the verification itself passes.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> disputedDebt() {
    return rule(
        DISPUTED,
        r -> {
          if (r.facts().dispute() != DisputeStatus.DISPUTED) {
            return RuleOutcome.allow(DISPUTED, "debt not under an unverified dispute");
          }
          return r.kind() == ContactKind.VERIFICATION
              ? RuleOutcome.allow(DISPUTED, "sending the verification of the disputed debt")
              : RuleOutcome.block(DISPUTED, "debt disputed; on hold until verification is sent");
        });
  }

  /**
   * Blocks collection when the validation notice was not sent within 5 days of the first
   * communication; the notice itself always passes. The first communication is the earlier of
   * {@link DebtFacts#firstContactOn()} and the first contact placed in the request's history, so
   * the rule holds even when the host does not record it. Days are counted in the calendar's zone.
   *
   * @param calendar the business calendar (its zone and holidays)
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> validationNotice(BusinessCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return rule(
        VALIDATION_NOTICE,
        r -> {
          if (r.kind() == ContactKind.VALIDATION_NOTICE) {
            return RuleOutcome.allow(VALIDATION_NOTICE, "this is the validation notice");
          }
          DebtFacts f = r.facts();
          if (f.validationNoticeSentOn() != null) {
            ValidationPeriod p = ValidationPeriod.of(f.validationNoticeSentOn(), calendar);
            return RuleOutcome.allow(
                VALIDATION_NOTICE, "validation notice sent; validation period ends " + p.endsOn());
          }
          // the earliest attempt's day is the earliest day: convert only that instant
          Instant earliest = null;
          for (ContactAttempt a : r.history()) {
            if (earliest == null || a.at().isBefore(earliest)) {
              earliest = a.at();
            }
          }
          LocalDate first = f.firstContactOn();
          if (earliest != null) {
            LocalDate placed = earliest.atZone(calendar.zone()).toLocalDate();
            if (first == null || placed.isBefore(first)) {
              first = placed;
            }
          }
          if (first == null) {
            return RuleOutcome.allow(
                VALIDATION_NOTICE,
                "initial communication; the validation notice is due within 5 days");
          }
          LocalDate today = r.contact().at().atZone(calendar.zone()).toLocalDate();
          LocalDate dueBy = ValidationPeriod.noticeDueBy(first);
          return today.isAfter(dueBy)
              ? RuleOutcome.block(
                  VALIDATION_NOTICE, "validation notice was due by " + dueBy + " and not sent")
              : RuleOutcome.allow(VALIDATION_NOTICE, "validation notice due by " + dueBy);
        });
  }

  /**
   * Treats the telephone as one medium (Reg F 1006.14(h)): an opt-out of live or automated calls
   * blocks both.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> telephoneOptOut() {
    return rule(
        TELEPHONE_OPT_OUT,
        r -> {
          if (!isCall(r.contact().channel())) {
            return RuleOutcome.notApplicable(TELEPHONE_OPT_OUT, "not a telephone call");
          }
          boolean out =
              r.contact().preferences().status(Channel.PHONE) == ConsentStatus.OPTED_OUT
                  || r.contact().preferences().status(Channel.AUTOMATED_CALL)
                      == ConsentStatus.OPTED_OUT;
          return out
              ? RuleOutcome.block(TELEPHONE_OPT_OUT, "the consumer asked not to be called")
              : RuleOutcome.allow(TELEPHONE_OPT_OUT, "no opt-out of calls");
        });
  }

  /**
   * Blocks contact with a debtor in bankruptcy.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> bankruptcy() {
    return flag(BANKRUPTCY, r -> r.facts().bankruptcy(), "debtor in bankruptcy (automatic stay)");
  }

  /**
   * Blocks contact with a deceased debtor (the estate is handled by hand).
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> deceased() {
    return flag(DECEASED, r -> r.facts().deceased(), "debtor deceased");
  }

  /**
   * Blocks contact after an objection to processing.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> gdprObjection() {
    return flag(
        GDPR_OBJECTION, r -> r.facts().gdprObjection(), "objection to processing (Art. 21)");
  }

  /**
   * Blocks contact while processing is restricted.
   *
   * @return the rule
   */
  public static ContactRule<DebtContactRequest> gdprRestriction() {
    return flag(
        GDPR_RESTRICTION, r -> r.facts().gdprRestriction(), "processing restricted (Art. 18)");
  }

  private static ContactRule<DebtContactRequest> flag(
      String id, Function<DebtContactRequest, Boolean> set, String reason) {
    return rule(
        id,
        r -> set.apply(r) ? RuleOutcome.block(id, reason) : RuleOutcome.allow(id, "flag not set"));
  }

  private static ContactRule<DebtContactRequest> rule(
      String id, Function<DebtContactRequest, RuleOutcome> f) {
    return new ContactRule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public RuleOutcome evaluate(DebtContactRequest request) {
        return f.apply(request);
      }
    };
  }
}
