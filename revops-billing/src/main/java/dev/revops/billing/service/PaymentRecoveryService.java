package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.port.PaymentRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the payments left waiting for an answer: {@code NEW} ones, and those whose attempt or
 * reserved refund has been open for longer than a configurable age (a crash or a timeout between
 * the call to the gateway and the recording of its answer, or a pending bank transfer). Each one
 * goes through {@link PaymentService#recover}: a lookup through the gateway by the transaction's
 * key, and when the gateway does not know it, the same request again with the same key (the gateway
 * de-duplicates, so no money moves twice). A host runs {@link #run()} from its scheduler (every
 * minute, say); each run takes one batch, oldest first.
 *
 * <p>Thread-safe if its ports are; two runs at once are safe (the second to record an answer finds
 * it recorded) but wasteful.
 */
public final class PaymentRecoveryService {
  private static final Logger LOG = LoggerFactory.getLogger(PaymentRecoveryService.class);

  private final PaymentService service;
  private final PaymentRepository payments;
  private final Clock clock;
  private final Duration minAge;
  private final int batchSize;

  /**
   * What one run did.
   *
   * @param found how many payments waited for an answer
   * @param settled how many of them are settled now
   * @param stillOpen how many still wait (the gateway is still deciding, or does not answer)
   * @param failed how many failed to recover (the exception's class is logged; tried again next
   *     run)
   */
  public record Report(int found, int settled, int stillOpen, int failed) {}

  /**
   * Creates the service.
   *
   * @param service settles one payment
   * @param payments finds the payments that wait
   * @param clock "now", from which the age is counted
   * @param minAge how long a transaction stays open before the recovery takes it (zero or more; a
   *     few minutes is enough for an attempt in flight to finish on its own)
   * @param batchSize the most payments one run takes (above zero)
   */
  public PaymentRecoveryService(
      PaymentService service,
      PaymentRepository payments,
      Clock clock,
      Duration minAge,
      int batchSize) {
    this.service = requireNonNull(service, "service");
    this.payments = requireNonNull(payments, "payments");
    this.clock = requireNonNull(clock, "clock");
    this.minAge = requireNonNull(minAge, "minAge");
    if (minAge.isNegative()) {
      throw new IllegalArgumentException("minAge must be zero or more, got " + minAge);
    }
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize must be above zero, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Returns how long a transaction stays open before the recovery takes it.
   *
   * @return the age
   */
  public Duration minAge() {
    return minAge;
  }

  /**
   * Settles one batch of the payments open for at least the minimum age, oldest first.
   *
   * @return what it did
   */
  public Report run() {
    Instant cutoff = clock.instant().minus(minAge);
    List<Payment> waiting = payments.findUnresolvedBefore(cutoff, batchSize);
    int settled = 0;
    int open = 0;
    int failed = 0;
    for (Payment p : waiting) {
      try {
        Payment after = service.recover(p.id());
        if (after.unresolved().isPresent() || after.status() == PaymentStatus.NEW) {
          open++;
        } else {
          settled++;
        }
      } catch (RuntimeException e) {
        failed++;
        LOG.warn(
            "payment recovery: payment {} failed with {}", p.id(), e.getClass().getSimpleName());
      }
    }
    if (!waiting.isEmpty()) {
      LOG.info(
          "payment recovery: {} waiting, {} settled, {} still open, {} failed",
          waiting.size(),
          settled,
          open,
          failed);
    }
    return new Report(waiting.size(), settled, open, failed);
  }
}
