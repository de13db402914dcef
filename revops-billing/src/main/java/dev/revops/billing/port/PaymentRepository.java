package dev.revops.billing.port;

import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.core.port.Repository;
import java.time.Instant;
import java.util.List;

/** Stores payments with optimistic versions. Implementations must be thread-safe. */
public interface PaymentRepository extends Repository<PaymentId, Payment> {
  /**
   * Returns payments that wait for an answer: every {@code NEW} payment (nothing sent yet) and
   * every payment with a transaction whose result is still pending or unknown (an attempt or a
   * reserved refund) that was recorded at or before a cutoff. The recovery service settles them. A
   * database adapter answers it from an index on the open transaction's time (a partial index on
   * unresolved payments).
   *
   * @param before only transactions recorded at or before this instant
   * @param limit the most to return (above zero)
   * @return the payments, oldest open transaction first, {@code NEW} payments first of all
   */
  List<Payment> findUnresolvedBefore(Instant before, int limit);

  /**
   * Returns {@code "Payment"}: the name in {@code NotFoundException} messages and, as {@code
   * revops.payment}, the logging-context key under which its saves run.
   *
   * @return the aggregate's type name
   */
  @Override
  default String typeName() {
    return "Payment";
  }
}
