package dev.revops.core.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.OutboxEntry;
import dev.revops.core.port.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final UnitOfWork work;
  private final ReentrantLock running = new ReentrantLock();
  private final AtomicBoolean again = new AtomicBoolean();

  /**
   * Creates a relay that claims and marks each batch in calls of their own.
   *
   * @param outbox where the events wait (never null)
   * @param target the host's publisher (never null)
   */
  public OutboxRelay(Outbox outbox, EventPublisher target) {
    this(outbox, target, UnitOfWork.direct());
  }

  /**
   * Creates a relay that claims, publishes and marks each batch in one unit of work of the outbox's
   * store: on a database the claimed rows stay locked until the marks commit, one round trip
   * instead of two, and a relay that dies mid-batch releases its claim with its connection. Events
   * the publisher took before it failed are marked delivered; the rest stay pending.
   *
   * @param outbox where the events wait (never null)
   * @param target the host's publisher (never null)
   * @param work the unit of work of the outbox's store (never null)
   */
  public OutboxRelay(Outbox outbox, EventPublisher target, UnitOfWork work) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.target = requireNonNull(target, "target");
    this.work = requireNonNull(work, "work");
  }

  /**
   * Delivers everything pending now and whatever is committed while it runs.
   *
   * @return how many events this call delivered (0 when another thread is delivering)
   * @throws RuntimeException what the publisher threw; the event it was given stays pending
   */
  public int deliverPending() {
    int total = 0;
    while (true) {
      if (!running.tryLock()) {
        // another thread is delivering: ask it to look again once it is done, then make sure it
        // had not finished just before the ask
        again.set(true);
        if (!running.tryLock()) {
          return total;
        }
      }
      int drained;
      try {
        again.set(false);
        drained = drain();
      } finally {
        running.unlock();
      }
      total += drained;
      if (!again.get()) {
        // nothing was committed by another thread meanwhile (or what is pending is claimed by
        // another relay of an outbox shared by several instances)
        return total;
      }
    }
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
    int size;
    do {
      RuntimeException[] failed = new RuntimeException[1];
      int[] delivered = new int[2];
      work.run(() -> batch(delivered, failed));
      total += delivered[0];
      if (failed[0] != null) {
        throw failed[0];
      }
      size = delivered[1];
      // a short batch was all there was; what is committed meanwhile, deliverPending picks up
    } while (size == BATCH);
    return total;
  }

  /** Claims, publishes and marks one batch: delivered[0] = marked, delivered[1] = claimed. */
  private void batch(int[] delivered, RuntimeException[] failed) {
    List<OutboxEntry> batch = outbox.pending(BATCH);
    delivered[1] = batch.size();
    if (batch.isEmpty()) {
      return;
    }
    List<Long> done = new ArrayList<>(batch.size());
    try {
      for (OutboxEntry entry : batch) {
        target.publish(entry.event());
        done.add(entry.sequence());
      }
    } catch (RuntimeException e) {
      // mark what was published (committed with the claim), then let the caller see the failure
      failed[0] = e;
    }
    outbox.markDelivered(done);
    delivered[0] = done.size();
  }
}
