package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.returns.ReturnAuthorization;
import java.util.List;

/** A thread-safe in-memory {@link ReturnRepository}: the embedded default. */
public final class InMemoryReturnRepository
    extends InMemoryRepository<ReturnId, ReturnAuthorization> implements ReturnRepository {
  private final InMemoryIndex<OrderId, ReturnId, ReturnAuthorization> byOrder =
      index(r -> List.of(r.order()));

  /** Creates an empty repository. */
  public InMemoryReturnRepository() {
    super("ReturnAuthorization");
  }

  @Override
  public List<ReturnAuthorization> findByOrder(OrderId order) {
    return findBy(byOrder, order);
  }
}
