package dev.revops.sales.marketing;

import dev.revops.core.id.ContactId;
import java.time.Instant;
import java.util.List;

/**
 * Port: the marketing contacts made to each person, across every campaign and channel, that the
 * frequency cap counts. Implementations must be thread-safe; {@link InMemoryMarketingSendHistory}
 * is the embedded default (a database adapter keeps an index on person and instant).
 */
public interface MarketingSendHistory {
  /**
   * Returns the contacts made to a person in {@code (from, until]}.
   *
   * @param contact the person
   * @param from the start, exclusive
   * @param until the end, inclusive
   * @return their instants, oldest first
   */
  List<Instant> sentBetween(ContactId contact, Instant from, Instant until);

  /**
   * Records a contact made.
   *
   * @param contact the person
   * @param at when
   */
  void record(ContactId contact, Instant at);
}
