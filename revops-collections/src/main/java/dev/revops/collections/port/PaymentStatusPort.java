package dev.revops.collections.port;

import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.util.Optional;

/**
 * The real-time check of the latest payment information before a contact: asks the billing or
 * payment system what is still owed on a debt right now. Implementations must be thread-safe.
 */
public interface PaymentStatusPort {
  /**
   * Returns what is owed on a debt now, after every payment the payment system knows of.
   *
   * @param debt the debt
   * @return the amount due now, empty when the system does not know the debt
   */
  Optional<Money> latestAmountDue(ReceivableId debt);
}
