package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.service.Aggregates;
import dev.revops.core.service.OutboxRelay;
import java.time.Clock;

/**
 * What every billing service runs on besides its stores: the unit of work each use case runs in,
 * the outbox its events are appended to (in that unit of work) and the clock. A parameter record:
 * immutable, thread-safe when its parts are; no part is null.
 *
 * <p>{@code dev.revops.billing.Billing.builder()} makes one and hands it to every service; a host
 * that builds a service by hand passes its own, or {@link #embedded(EventPublisher, Clock)} for the
 * in-memory defaults.
 *
 * @param work the unit of work
 * @param outbox where the events of a change are appended, in the same unit of work
 * @param clock the clock every use case reads "now" from
 */
public record BillingContext(UnitOfWork work, Outbox outbox, Clock clock) {
  /** Checks that every part is there. */
  public BillingContext {
    requireNonNull(work, "work");
    requireNonNull(outbox, "outbox");
    requireNonNull(clock, "clock");
  }

  /**
   * The embedded defaults around a host's publisher: a new {@link InMemoryUnitOfWork}, a new {@link
   * InMemoryOutbox} and an {@link OutboxRelay} from that outbox to {@code events} that runs after
   * each commit. Events reach {@code events} right after the commit of their change; a publisher
   * failure leaves them pending in the outbox (and is logged), never undoes the change.
   *
   * @param events the host's publisher, the relay's target (never null)
   * @param clock the clock (never null)
   * @return the context
   */
  public static BillingContext embedded(EventPublisher events, Clock clock) {
    requireNonNull(events, "events");
    InMemoryOutbox outbox = new InMemoryOutbox();
    OutboxRelay relay = new OutboxRelay(outbox, events);
    InMemoryUnitOfWork work = new InMemoryUnitOfWork().afterCommit(relay::deliverPendingQuietly);
    return new BillingContext(work, outbox, clock);
  }

  /**
   * Returns the load-change-save helper over this unit of work and outbox.
   *
   * @return a new helper
   */
  public Aggregates aggregates() {
    return new Aggregates(work, outbox);
  }
}
