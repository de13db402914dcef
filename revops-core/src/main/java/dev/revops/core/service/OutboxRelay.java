package dev.revops.core.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the {@link Outbox}'s pending events to the host's {@link EventPublisher}, oldest first,
 * and marks them delivered: at least once (an event the publisher took is marked after it returns,
 * so a crash in between delivers it again; consumers dedupe by event id, see {@link
 * DeduplicatingPublisher}) and in outbox order, so in order per aggregate. When the publisher
 * throws, delivery stops at that event; it and everything after it stay pending for the next run.
 *
 * <p>One delivery runs at a time per relay: a call made while another thread delivers returns at
 * once, and the running delivery picks up what was committed meanwhile. Run it after each commit
 * ({@code InMemoryUnitOfWork.afterCommit(relay::deliverPendingQuietly)}, the embedded default) or
 * from a host's scheduler. Thread-safe.
 */
public final class OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH = 256;

  private final Outbox outbox;
  private final EventPublisher target;
  private final ReentrantLock running = new ReentrantLock();

  /**
   * Creates a relay.
   *
   * @param outbox where the events wait (never null)
   * @param target the host's publisher (never null)
   */
  public OutboxRelay(Outbox outbox, EventPublisher target) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.target = requireNonNull(target, "target");
  }

  /**
   * Delivers everything pending now and whatever is committed while it runs.
   *
   * @return how many events this call delivered (0 when another thread is delivering)
   * @throws RuntimeException what the publisher threw; the event it was given stays pending
   */
  public int deliverPending() {
    int total = 0;
    while (outbox.pendingCount() > 0) {
      if (!running.tryLock()) {
        return total;
      }
      int drained;
      try {
        drained = drain();
      } finally {
        running.unlock();
      }
      if (drained == 0) {
        // what is pending is claimed by another relay (an outbox shared by several instances)
        return total;
      }
      total += drained;
    }
    return total;
  }

  /**
   * Like {@link #deliverPending()}, but a publisher failure is logged (its class only) instead of
   * thrown: for after-commit listeners, where the change is committed whatever the publisher does.
   *
   * @return how many events were delivered
   */
  public int deliverPendingQuietly() {
    try {
      return deliverPending();
    } catch (RuntimeException e) {
      LOG.warn(
          "event delivery failed ({}); {} events stay pending for the next run",
          e.getClass().getName(),
          outbox.pendingCount());
      return 0;
    }
  }

  private int drain() {
    int total = 0;
    List<OutboxEntry> batch;
    do {
      batch = outbox.pending(BATCH);
      if (batch.isEmpty()) {
        break;
      }
      List<Long> done = new ArrayList<>(batch.size());
      try {
        for (OutboxEntry entry : batch) {
          target.publish(entry.event());
          done.add(entry.sequence());
        }
      } finally {
        outbox.markDelivered(done);
        total += done.size();
      }
      // a short batch was all there was; what is committed meanwhile, deliverPending picks up
    } while (batch.size() == BATCH);
    return total;
  }
}
