package dev.revops.core.port.memory;

import dev.revops.core.id.ReturnId;
import dev.revops.core.port.ReturnRepository;
import dev.revops.core.returns.ReturnAuthorization;

/** A thread-safe in-memory {@link ReturnRepository}: the embedded default. */
public final class InMemoryReturnRepository
    extends InMemoryRepository<ReturnId, ReturnAuthorization> implements ReturnRepository {
  /** Creates an empty repository. */
  public InMemoryReturnRepository() {
    super("ReturnAuthorization");
  }
}
