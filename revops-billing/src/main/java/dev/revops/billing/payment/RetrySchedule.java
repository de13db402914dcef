package dev.revops.billing.payment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When failed payments are tried again: the delay after the first failure, after the second, and so
 * on; when the delays run out, so do the retries. Immutable and thread-safe.
 *
 * @param delays the delays between tries, each positive
 */
public record RetrySchedule(List<Duration> delays) {
  /** Copies and checks the delays. */
  public RetrySchedule {
    delays = List.copyOf(delays);
    for (Duration d : delays) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("retry delays must be positive, got " + d);
      }
    }
  }

  /**
   * Fixed delays in days, e.g. Kill Bill's default 8, 8, 8.
   *
   * @param days the days between tries
   * @return the schedule
   */
  public static RetrySchedule days(int... days) {
    List<Duration> d = new ArrayList<>();
    for (int n : days) {
      d.add(Duration.ofDays(n));
    }
    return new RetrySchedule(d);
  }

  /**
   * A number of tries spread evenly over a window, e.g. Stripe's default 8 tries within 2 weeks
   * (the first try plus 7 retries, one every 48 hours).
   *
   * @param tries the tries in all, at least 2
   * @param window the time from the first to the last try
   * @return the schedule
   */
  public static RetrySchedule spread(int tries, Duration window) {
    if (tries < 2) {
      throw new IllegalArgumentException("a spread schedule needs at least 2 tries, got " + tries);
    }
    long seconds = window.getSeconds();
    List<Duration> d = new ArrayList<>();
    long given = 0;
    for (int i = 1; i < tries; i++) {
      long until = seconds * i / (tries - 1);
      d.add(Duration.ofSeconds(until - given));
      given = until;
    }
    return new RetrySchedule(d);
  }

  /**
   * Returns how many retries the schedule allows after the first try.
   *
   * @return the number of retries
   */
  public int retries() {
    return delays.size();
  }
}
