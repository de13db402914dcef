package dev.revops.jdbc.collections;

import dev.revops.jdbc.table.Sql;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How the collections tables keep the instants their queries filter and sort on: to the microsecond
 * (the precision of {@code timestamp with time zone} on both databases), rounded down, within the
 * years 0001 to 9999. Rounding down keeps {@code column <= ?} exact for the instants that are whole
 * seconds (deadlines and default instants are midnights).
 */
final class Instants {
  /** The latest instant stored. */
  static final Instant END = Instant.parse("9999-12-31T23:59:59.999999Z");

  private Instants() {}

  /**
   * Returns the value stored for an instant.
   *
   * @param at the instant, or null
   * @return the instant rounded down to the microsecond and clamped to the years 0001 to 9999, or
   *     null
   */
  static Instant storable(Instant at) {
    if (at == null) {
      return null;
    }
    if (at.isBefore(Sql.BEGINNING)) {
      return Sql.BEGINNING;
    }
    if (at.isAfter(END)) {
      return END;
    }
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Returns the nanoseconds below the stored microsecond: with {@link #storable(Instant)} they
   * order instants as Java does.
   *
   * @param at the instant
   * @return 0 to 999; 0 outside the stored years
   */
  static int nanosBelowMicros(Instant at) {
    if (at.isBefore(Sql.BEGINNING) || at.isAfter(END)) {
      return 0;
    }
    return at.getNano() % 1000;
  }
}
