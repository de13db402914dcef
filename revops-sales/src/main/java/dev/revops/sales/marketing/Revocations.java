package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentRecord;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads consent at an instant, with revocations taking effect when they must be honoured: at once
 * with 0 business days, else from the day after the {@code n}-th business day after the day it was
 * received (in the calendar's zone). Immutable and thread-safe.
 */
final class Revocations {
  private final ConsentHandling handling;
  private final BusinessCalendar calendar;

  Revocations(ConsentHandling handling, BusinessCalendar calendar) {
    this.handling = requireNonNull(handling, "handling");
    this.calendar = requireNonNull(calendar, "calendar");
  }

  ConsentHandling handling() {
    return handling;
  }

  /**
   * Returns when a revocation received at an instant must be honoured.
   *
   * @param received when it was received
   * @param businessDays the days allowed, 0 to 10
   * @return the instant from which it stops contacts
   */
  Instant honouredFrom(Instant received, int businessDays) {
    if (businessDays == 0) {
      return received;
    }
    LocalDate day = received.atZone(calendar.zone()).toLocalDate();
    LocalDate last = calendar.addBusinessDays(day, businessDays);
    return last.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
  }

  /**
   * Returns the latest record in effect at an instant on some channels: an opt-in counts from the
   * instant it was given (when {@code optInCounts} accepts it), an opt-out from the instant it must
   * be honoured. History order decides between records in effect.
   *
   * @param prefs the person's consent history
   * @param channels the channels read together
   * @param at the instant
   * @param businessDays the days a revocation may take
   * @param optInCounts which opt-ins count (all, or written agreements only)
   * @return the record, or null when none is in effect
   */
  ConsentRecord inEffect(
      ContactPreferences prefs,
      Set<Channel> channels,
      Instant at,
      int businessDays,
      Predicate<ConsentRecord> optInCounts) {
    List<ConsentRecord> history = prefs.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      ConsentRecord r = history.get(i);
      if (!channels.contains(r.channel())) {
        continue;
      }
      if (r.status() == ConsentStatus.OPTED_IN && !r.at().isAfter(at) && optInCounts.test(r)) {
        return r;
      }
      if (r.status() == ConsentStatus.OPTED_OUT
          && !honouredFrom(r.at(), businessDays).isAfter(at)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Tells whether a written agreement is in effect on the medium of a channel.
   *
   * @param prefs the consent history
   * @param channel the channel
   * @param at the instant
   * @return true when the latest record in effect is a written opt-in
   */
  boolean writtenConsent(ContactPreferences prefs, Channel channel, Instant at) {
    ConsentRecord r =
        inEffect(
            prefs,
            medium(channel),
            at,
            handling.revocationBusinessDays(),
            c -> handling.isWritten(c.source()));
    return r != null && r.status() == ConsentStatus.OPTED_IN;
  }

  /**
   * Returns the channels read as one medium: live and automated calls are the telephone.
   *
   * @param channel the channel
   * @return the channels
   */
  static Set<Channel> medium(Channel channel) {
    return channel == Channel.PHONE || channel == Channel.AUTOMATED_CALL
        ? Set.of(Channel.PHONE, Channel.AUTOMATED_CALL)
        : Set.of(channel);
  }
}
