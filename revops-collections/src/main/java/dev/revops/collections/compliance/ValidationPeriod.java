package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.time.BusinessCalendar;
import java.time.LocalDate;

/**
 * The debt validation period (Reg F 1006.34(b)(5)): the consumer is assumed to receive the notice
 * five business days (the calendar's holidays and weekends excluded) after it was sent, and the
 * period ends 30 days after that. The notice itself is due within five days of the first
 * communication (FDCPA 1692g(a)); counted in calendar days here, the stricter reading. Immutable.
 *
 * @param sentOn the day the notice was sent
 * @param assumedReceivedOn the day it is assumed received
 * @param endsOn the last day of the validation period
 */
public record ValidationPeriod(LocalDate sentOn, LocalDate assumedReceivedOn, LocalDate endsOn) {
  /** Days after receipt the period lasts. */
  public static final int DAYS = 30;

  /** Days after the first communication the notice is due by. */
  public static final int NOTICE_DAYS = 5;

  /** Checks the fields. */
  public ValidationPeriod {
    requireNonNull(sentOn, "sentOn");
    requireNonNull(assumedReceivedOn, "assumedReceivedOn");
    requireNonNull(endsOn, "endsOn");
  }

  /**
   * Computes the period of a notice.
   *
   * @param sentOn the day it was sent
   * @param calendar the business calendar (legal public holidays, weekends)
   * @return the period
   */
  public static ValidationPeriod of(LocalDate sentOn, BusinessCalendar calendar) {
    LocalDate received = calendar.addBusinessDays(sentOn, NOTICE_DAYS);
    return new ValidationPeriod(sentOn, received, received.plusDays(DAYS));
  }

  /**
   * Returns the last day the notice may be sent.
   *
   * @param firstContactOn the day of the first communication
   * @return the deadline
   */
  public static LocalDate noticeDueBy(LocalDate firstContactOn) {
    return firstContactOn.plusDays(NOTICE_DAYS);
  }

  /**
   * Tells whether a day is inside the period.
   *
   * @param day the day
   * @return true up to and including {@link #endsOn()}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(sentOn) && !day.isAfter(endsOn);
  }
}
