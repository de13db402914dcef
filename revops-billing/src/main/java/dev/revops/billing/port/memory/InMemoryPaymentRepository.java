package dev.revops.billing.port.memory;

import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.core.port.memory.InMemoryRepository;

/** Payments in memory. Thread-safe. */
public final class InMemoryPaymentRepository extends InMemoryRepository<PaymentId, Payment>
    implements PaymentRepository {
  /** Creates an empty repository. */
  public InMemoryPaymentRepository() {
    super("Payment");
  }
}
