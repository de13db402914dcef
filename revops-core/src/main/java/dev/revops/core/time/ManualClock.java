package dev.revops.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until told to move: for tests, simulations and replays.
 * Thread-safe. Not a global: each instance is passed where a clock is needed.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /**
   * Creates a clock showing {@code start} in {@code zone}.
   *
   * @param start the instant it shows
   * @param zone its zone
   */
  public ManualClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(requireNonNull(start, "start"));
    this.zone = requireNonNull(zone, "zone");
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Moves the clock to an instant; it may not go backwards.
   *
   * @param instant the new time
   */
  public void setInstant(Instant instant) {
    requireNonNull(instant, "instant");
    now.updateAndGet(
        current -> {
          if (instant.isBefore(current)) {
            throw new IllegalArgumentException(
                "a ManualClock does not go backwards: " + instant + " is before " + current);
          }
          return instant;
        });
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far, not negative
   */
  public void advance(Duration amount) {
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a ManualClock does not go backwards: " + amount);
    }
    now.updateAndGet(current -> current.plus(amount));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a view in another zone that shares this clock's time. */
  @Override
  public Clock withZone(ZoneId otherZone) {
    return new ManualClock(now, requireNonNull(otherZone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
