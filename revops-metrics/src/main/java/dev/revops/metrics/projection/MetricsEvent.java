package dev.revops.metrics.projection;

import dev.revops.core.id.EventId;
import java.time.LocalDate;

/**
 * A fact metrics consumes from an event stream: a host maps core's, billing's and collections'
 * domain events (or its own) to these plain records, so metrics never depends on those modules.
 * Every event carries a unique id (delivery is at least once) and the business day it happened.
 * Implementations are immutable and thread-safe.
 */
public sealed interface MetricsEvent
    permits SubscriptionMrrChanged, LeadStageReached, ReceivableChanged, ContactAttempted {

  /**
   * Returns the id that makes the event unique; a replay carries the same id.
   *
   * @return the event id
   */
  EventId eventId();

  /**
   * Returns the business day the event happened (in the reporting time zone the host chose).
   *
   * @return the day
   */
  LocalDate occurredOn();

  /**
   * Returns the order of events of one aggregate on one day (e.g. the aggregate's version after the
   * change); events are applied by day, then sequence, then event id.
   *
   * @return the sequence, 0 when the event's kind does not need one
   */
  default long sequence() {
    return 0;
  }
}
