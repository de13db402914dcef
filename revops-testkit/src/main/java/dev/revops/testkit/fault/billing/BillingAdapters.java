package dev.revops.testkit.fault.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.service.BillingStores;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import java.util.function.Supplier;

/**
 * The adapters a billing suite runs on: factories of fresh, empty stores, a unit of work over them
 * and an outbox (each call a new, empty set). A database adapter passes its own; {@link
 * #inMemory()} gives revops' embedded ones. The stores' gateway is replaced by the suite's {@link
 * LedgerGateway}.
 *
 * @param stores makes empty billing stores
 * @param unitOfWork makes the unit of work the stores take part in
 * @param outbox makes an empty outbox that takes part in that unit of work
 */
public record BillingAdapters(
    Supplier<BillingStores> stores, Supplier<UnitOfWork> unitOfWork, Supplier<Outbox> outbox) {
  /** Checks that every factory is given. */
  public BillingAdapters {
    requireNonNull(stores, "stores");
    requireNonNull(unitOfWork, "unitOfWork");
    requireNonNull(outbox, "outbox");
  }

  /**
   * The in-memory adapters: {@link BillingStores#inMemory()}, {@link InMemoryUnitOfWork}, {@link
   * InMemoryOutbox}.
   *
   * @return the adapters
   */
  public static BillingAdapters inMemory() {
    return new BillingAdapters(
        BillingStores::inMemory, InMemoryUnitOfWork::new, InMemoryOutbox::new);
  }
}
