package dev.revops.billing.port;

import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.core.port.Repository;

/** Stores payments with optimistic versions. Implementations must be thread-safe. */
public interface PaymentRepository extends Repository<PaymentId, Payment> {}
