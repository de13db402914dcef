package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.returns.ReturnAuthorization;

/** A thread-safe in-memory {@link ReturnRepository}: the embedded default. */
public final class InMemoryReturnRepository
    extends InMemoryRepository<ReturnId, ReturnAuthorization> implements ReturnRepository {
  /** Creates an empty repository. */
  public InMemoryReturnRepository() {
    super("ReturnAuthorization");
  }
}
