package dev.revops.collections.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.port.PaymentStatusPort;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory {@link PaymentStatusPort} the host or a test updates. Thread-safe. */
public final class InMemoryPaymentStatus implements PaymentStatusPort {
  private final Map<ReceivableId, Money> due = new ConcurrentHashMap<>();

  /** Creates an empty status table. */
  public InMemoryPaymentStatus() {}

  /**
   * Sets what is owed on a debt now.
   *
   * @param debt the debt
   * @param amountDue the amount
   */
  public void set(ReceivableId debt, Money amountDue) {
    due.put(requireNonNull(debt, "debt"), requireNonNull(amountDue, "amountDue"));
  }

  @Override
  public Optional<Money> latestAmountDue(ReceivableId debt) {
    return Optional.ofNullable(due.get(debt));
  }
}
